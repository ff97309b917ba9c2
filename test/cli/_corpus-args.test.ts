// --threads N on the commands that read exports: the report is the same bytes whatever N. The
// shared plain-text exports (17 files, 26 MB) are past the size from which files are read on
// worker threads, so 2 and 3 threads read them in parallel and 1 on the main thread.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";
import { run } from "./_run.ts";

/** Every file of a report folder, by name. */
async function folderFiles(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, (await readFile(join(folder, name))).toString("base64")] as const),
    ),
  );
}

describe(`--threads${NEEDS_SHARED}`, () => {
  it.skipIf(!HAVE_SHARED)(
    "copub report --threads 1, 2 and 3 on the shared plain-text exports: the same files, byte for byte",
    async () => {
      const work = await mkdtemp(join(tmpdir(), "copub-threads-"));
      try {
        const reports: Map<string, string>[] = [];
        for (const threads of ["1", "2", "3"]) {
          const out = join(work, `t${threads}`);
          const args = ["report", `${SHARED_WOS}plaintext`, "--reference", "corpus", "--threads", threads];
          const { code, stderr } = await run(...args, "--out", out, "--quiet");
          expect(code, stderr).toBe(0);
          reports.push(await folderFiles(out));
        }
        const [one, ...others] = reports as [Map<string, string>, ...Map<string, string>[]];
        expect(one.size).toBeGreaterThan(10);
        for (const other of others) expect(other).toEqual(one);
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
    600_000,
  );

  it("refuses --threads 0 as bad usage", async () => {
    const { code, stderr } = await run("corpus", "data-samples/methodology/data-set-c.txt", "--threads", "0");
    expect(code).toBe(2);
    expect(stderr).toContain("--threads must be a whole number of at least 1");
  });
});
