// Atomic output: a file or folder is either the earlier one, whole, or the new one, whole. A run
// that fails while writing (simulated by a writer that throws half-way, as a killed run stops
// half-way) leaves the earlier output byte for byte and no temporary beside it; a finished run
// leaves nothing of the earlier output. A run really killed (SIGKILL) leaves its temporary, which
// the next run into the same target removes.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { CopubError } from "../../src/diagnostics/errors.ts";
import {
  MAX_NEW_FOLDERS,
  makeFolders,
  removeStaleTemporaries,
  writeFileAtomically,
  writeFolderAtomically,
} from "../../src/output/atomic-write.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "copub-atomic-"));
});

/** A writer that yields some text and then fails, as a run killed while writing. */
function* failingHalfWay(): Generator<string> {
  yield "<graphml>\n";
  yield "  <node id=";
  throw new Error("killed while writing");
}

describe("writeFileAtomically(path, text)", () => {
  it("writes chunks, and replaces an earlier file whole", async () => {
    const path = join(dir, "network.graphml");
    await writeFile(path, "earlier text, longer than the new one\n");
    await writeFileAtomically(path, ["<a>\n", "</a>\n"]);
    expect(await readFile(path, "utf8")).toBe("<a>\n</a>\n");
    expect(await readdir(dir)).toEqual(["network.graphml"]);
  });

  it("leaves the earlier file byte for byte, and no temporary, when the writer fails half-way", async () => {
    const path = join(dir, "network.graphml");
    await writeFile(path, "<graphml>earlier</graphml>\n");
    await expect(writeFileAtomically(path, failingHalfWay())).rejects.toThrow("killed while writing");
    expect(await readFile(path, "utf8")).toBe("<graphml>earlier</graphml>\n");
    expect(await readdir(dir)).toEqual(["network.graphml"]);
  });

  it("compresses with gzip when asked", async () => {
    const path = join(dir, "corpus.jsonl.gz");
    await writeFileAtomically(path, ['{"a":1}\n', '{"b":2}\n'], { gzip: true });
    expect(gunzipSync(await readFile(path)).toString("utf8")).toBe('{"a":1}\n{"b":2}\n');
  });

  it("writes a device in place (it cannot be renamed over): /dev/null", async () => {
    await expect(writeFileAtomically("/dev/null", "gone\n")).resolves.toBeUndefined();
  });

  it("refuses a folder and a file in a missing folder, naming the path", async () => {
    await expect(writeFileAtomically(dir, "x")).rejects.toThrow(`${dir}: cannot be written (it is a folder)`);
    const missing = join(dir, "no-such-folder", "a.txt");
    await expect(writeFileAtomically(missing, "x")).rejects.toThrow(CopubError);
    await writeFileAtomically(missing, "x", { makeFolder: true });
    expect(await readFile(missing, "utf8")).toBe("x");
  });
});

describe("writeFolderAtomically(folder, files, { replaceable })", () => {
  const reportNames = (name: string): boolean => /^(report\.md|partners-[A-Z]+\.csv)$/.test(name);

  it("writes a new folder, and a rerun leaves nothing of the earlier run's files", async () => {
    const out = join(dir, "report");
    await writeFolderAtomically(
      out,
      [
        { name: "report.md", text: "# ES\n" },
        { name: "partners-ES.csv", text: "ES\n" },
      ],
      { replaceable: reportNames },
    );
    await writeFolderAtomically(
      out,
      [
        { name: "report.md", text: "# US\n" },
        { name: "partners-US.csv", text: ["US", "\n"] },
      ],
      { replaceable: reportNames },
    );
    expect((await readdir(out)).sort()).toEqual(["partners-US.csv", "report.md"]);
    expect(await readFile(join(out, "report.md"), "utf8")).toBe("# US\n");
    // Nothing beside it: neither the temporary folder nor the earlier one.
    expect(await readdir(dir)).toEqual(["report"]);
  });

  it("leaves the earlier folder whole, and nothing beside it, when a file fails half-way", async () => {
    const out = join(dir, "report");
    await mkdir(out);
    await writeFile(join(out, "report.md"), "# earlier\n");
    await writeFile(join(out, "partners-ES.csv"), "ES\n");
    await expect(
      writeFolderAtomically(
        out,
        [
          { name: "report.md", text: "# new\n" },
          { name: "partners-US.csv", text: failingHalfWay() },
        ],
        { replaceable: reportNames },
      ),
    ).rejects.toThrow("killed while writing");
    expect((await readdir(out)).sort()).toEqual(["partners-ES.csv", "report.md"]);
    expect(await readFile(join(out, "report.md"), "utf8")).toBe("# earlier\n");
    expect(await readdir(dir)).toEqual(["report"]);
  });

  it("refuses to replace a folder holding files it did not write, and leaves it untouched", async () => {
    const out = join(dir, "documents");
    await mkdir(out);
    await writeFile(join(out, "report.md"), "# earlier\n");
    await writeFile(join(out, "thesis.docx"), "mine\n");
    await expect(
      writeFolderAtomically(out, [{ name: "report.md", text: "# new\n" }], { replaceable: reportNames }),
    ).rejects.toThrow(`${out}: holds what copub did not write there (thesis.docx)`);
    expect((await readdir(out)).sort()).toEqual(["report.md", "thesis.docx"]);
    expect(await readdir(dir)).toEqual(["documents"]);
  });

  it("refuses a path that is a file", async () => {
    const out = join(dir, "report");
    await writeFile(out, "a file\n");
    await expect(writeFolderAtomically(out, [], { replaceable: reportNames })).rejects.toThrow(
      `${out}: exists and is not a folder`,
    );
  });
});

describe("makeFolders(folder)", () => {
  it("makes the missing levels one at a time", async () => {
    await makeFolders(join(dir, "a", "b", "c"));
    expect(existsSync(join(dir, "a", "b", "c"))).toBe(true);
    // Again: everything exists, nothing to do.
    await makeFolders(join(dir, "a", "b", "c"));
  });

  it(`refuses more than ${MAX_NEW_FOLDERS} missing levels`, async () => {
    const deep = join(dir, ...Array.from({ length: MAX_NEW_FOLDERS + 1 }, (_, i) => `l${i}`));
    await expect(makeFolders(deep)).rejects.toThrow(
      `more than ${MAX_NEW_FOLDERS} folders above it are missing`,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it.runIf(existsSync("/proc/self"))(
    "refuses a folder under /proc at once (a recursive mkdir never returns there)",
    async () => {
      await expect(makeFolders("/proc/copub-out/report")).rejects.toThrow(
        "/proc/copub-out: cannot be written (the folder cannot be made: ENOENT",
      );
    },
  );
});

describe("removeStaleTemporaries(target): what a killed run left beside its target", () => {
  /** This host as the temporaries name it, computed here: 8 hex digits of SHA-256 of the host name. */
  const host = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
  /** The id of a process that has ended (a child that ran and exited). */
  const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid as number;

  it("is what a run killed while writing leaves, and the next run into the same target cleans it up", async () => {
    const target = join(dir, "network.graphml");
    await writeFile(target, "earlier\n");
    // A child process writes the target from chunks that never end, and is killed (SIGKILL) while writing.
    const module = fileURLToPath(new URL("../../src/output/atomic-write.ts", import.meta.url));
    const script = `const { writeFileAtomically } = await import(${JSON.stringify(module)});
      async function* endless() { for (;;) { yield "x".repeat(65536); await new Promise((r) => setTimeout(r, 5)); } }
      await writeFileAtomically(${JSON.stringify(target)}, endless());`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: "ignore",
    });
    let left: string[] = [];
    while (left.length === 0) {
      await new Promise((r) => setTimeout(r, 50));
      left = (await readdir(dir)).filter((name) => name !== "network.graphml");
    }
    child.kill("SIGKILL");
    await once(child, "exit");
    // Killed: the earlier file whole, and its temporary beside it, named for the child's process.
    expect(await readFile(target, "utf8")).toBe("earlier\n");
    expect(left).toEqual([
      expect.stringMatching(new RegExp(`^\\.network\\.graphml\\.copub-${host}-${child.pid}-`)),
    ]);
    await writeFileAtomically(target, "new\n");
    expect(await readdir(dir)).toEqual(["network.graphml"]);
    expect(await readFile(target, "utf8")).toBe("new\n");
  });

  it("removes only its own names for this target whose process is gone; puts back an earlier folder moved aside", async () => {
    const dead = deadPid();
    const alive = process.ppid;
    const names = {
      deadFile: `.report.copub-${host}-${dead}-0123456789ab`,
      deadOld: `.report.copub-${host}-${dead}-0123456789ac-old`,
      live: `.report.copub-${host}-${alive}-0123456789ad`,
      otherHost: `.report.copub-00000000-${dead}-0123456789ae`,
      otherTarget: `.notes.copub-${host}-${dead}-0123456789af`,
      unlike: ".report.copub-0123456789ab",
    };
    for (const name of Object.values(names)) await mkdir(join(dir, name));
    await writeFile(join(dir, names.deadOld, "report.md"), "the earlier report\n");
    // The target is missing: a run was killed between moving the earlier folder aside and renaming its own in.
    expect(await removeStaleTemporaries(join(dir, "report"))).toBe(true);
    expect(await readFile(join(dir, "report", "report.md"), "utf8")).toBe("the earlier report\n");
    expect((await readdir(dir)).sort()).toEqual(
      ["report", names.live, names.otherHost, names.otherTarget, names.unlike].sort(),
    );
    // Nothing more of its own: nothing changes.
    expect(await removeStaleTemporaries(join(dir, "report"))).toBe(false);
  });

  it("is run by writeFolderAtomically: a rerun after a killed one leaves only the new folder", async () => {
    const stale = `.report.copub-${host}-${deadPid()}-0123456789ab`;
    await mkdir(join(dir, stale));
    await writeFile(join(dir, stale, "partners-ES.csv"), "half");
    await writeFolderAtomically(join(dir, "report"), [{ name: "report.md", text: "# new\n" }], {
      replaceable: () => true,
    });
    expect(await readdir(dir)).toEqual(["report"]);
    expect(await readdir(join(dir, "report"))).toEqual(["report.md"]);
  });
});
