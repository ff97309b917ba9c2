// listInputFiles and the file sources: only regular files are read. A named pipe with no writer
// would hold a plain open() forever, so each case here would hang (and time out) if it were opened.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collect } from "../../src/read/collect.ts";
import { listInputFiles } from "../../src/read/input-files.ts";
import { openWos } from "../../src/read/open-wos.ts";
import { forEachInput } from "../../src/read/read-inputs.ts";
import { readFileBytes, readFileChunks } from "../../src/read/source.ts";
import { sample } from "../_samples.ts";

const canMakeFifo = process.platform !== "win32";

/** A fresh folder holding a named pipe `pipe` and a real export `two-records.txt`. */
function folderWithPipe(): string {
  const folder = mkdtempSync(join(tmpdir(), "copub-fifo-"));
  execFileSync("mkfifo", [join(folder, "pipe")]);
  copyFileSync(sample("plain-text/two-records.txt"), join(folder, "two-records.txt"));
  return folder;
}

const refused = (path: string, kind: string) => ({
  name: "CopubError",
  code: "unreadable",
  file: path,
  message: `${path}: ${kind}, not a regular file; copub reads regular files only`,
});

describe.runIf(canMakeFifo)("named pipes, sockets and devices are refused by name, never read", () => {
  it("listInputFiles refuses a named pipe given alone or found in a folder", async () => {
    const folder = folderWithPipe();
    const pipe = join(folder, "pipe");
    await expect(listInputFiles([pipe])).rejects.toMatchObject(refused(pipe, "a named pipe (FIFO)"));
    await expect(listInputFiles([folder])).rejects.toMatchObject(refused(pipe, "a named pipe (FIFO)"));
  });

  it("openWos, readFileChunks and readFileBytes refuse a named pipe without waiting for a writer", async () => {
    const pipe = join(folderWithPipe(), "pipe");
    await expect(openWos(pipe)).rejects.toMatchObject(refused(pipe, "a named pipe (FIFO)"));
    await expect(collect(readFileChunks(pipe) as AsyncIterable<never>)).rejects.toMatchObject({
      code: "unreadable",
    });
    await expect(readFileBytes(pipe, "journal table")).rejects.toMatchObject(
      refused(pipe, "a named pipe (FIFO)"),
    );
  });

  it.runIf(process.platform === "linux")(
    "refuses a character device (/dev/zero would never end)",
    async () => {
      await expect(listInputFiles(["/dev/zero"])).rejects.toMatchObject(
        refused("/dev/zero", "a character device"),
      );
      await expect(openWos("/dev/zero")).rejects.toMatchObject(refused("/dev/zero", "a character device"));
    },
  );
});

describe("listInputFiles follows symbolic links in folders", () => {
  it("lists a linked file and the files of a linked folder, and walks a link loop once", async () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-links-"));
    const inner = join(folder, "inner");
    mkdirSync(inner);
    copyFileSync(sample("plain-text/two-records.txt"), join(inner, "a.txt"));
    symlinkSync(join(inner, "a.txt"), join(folder, "linked.txt"));
    // inner/up leads back to the folder: without the walked set the walk would never end.
    symlinkSync(folder, join(inner, "up"));
    const files = await listInputFiles([folder]);
    expect(files.map((f) => f.path)).toEqual([join(inner, "a.txt"), join(folder, "linked.txt")]);
  });

  it("stops at a link to nothing with not-found, naming the link", async () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-links-"));
    symlinkSync(join(folder, "missing.txt"), join(folder, "dangling.txt"));
    await expect(listInputFiles([folder])).rejects.toMatchObject({
      code: "not-found",
      message: `${join(folder, "dangling.txt")}: a symbolic link to nothing (its target does not exist)`,
    });
  });
});

describe("forEachInput: a run without a single record is an error that says what it found", () => {
  const visit = async (_path: string, reading: { items: AsyncIterable<unknown> }) => {
    for await (const _ of reading.items);
  };

  it("an empty folder", async () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-empty-"));
    await expect(forEachInput([folder], visit)).rejects.toMatchObject({
      code: "no-records",
      message: `no Web of Science record: ${folder} holds no file (names starting with "." are not read)`,
    });
  });

  it("a folder of files that are not exports, and an export with no records", async () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-nonwos-"));
    writeFileSync(join(folder, "a.pdf"), "%PDF-1.4");
    copyFileSync(sample("not-wos.csv"), join(folder, "b.csv"));
    writeFileSync(
      join(folder, "c.xml"),
      '<?xml version="1.0"?><records xmlns="http://clarivate.com/schema/wok5.30/public/FullRecord"/>',
    );
    await expect(forEachInput([folder], visit)).rejects.toMatchObject({
      code: "no-records",
      message: `no Web of Science record in 3 files: ${join(folder, "a.pdf")} (not a Web of Science export), ${join(folder, "b.csv")} (not a Web of Science export), ${join(folder, "c.xml")} (a Web of Science export with no records)`,
    });
  });

  it("is no error when one file has a record, rejected or not", async () => {
    const folder = mkdtempSync(join(tmpdir(), "copub-one-"));
    writeFileSync(join(folder, "a.pdf"), "%PDF-1.4");
    copyFileSync(sample("plain-text/record-without-ut.txt"), join(folder, "r.txt"));
    const skipped = await forEachInput([folder], visit);
    expect(skipped.map((s) => s.path)).toEqual([join(folder, "a.pdf")]);
  });
});
