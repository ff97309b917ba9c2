/**
 * Files a command writes besides standard output (`--out`, `--manifest`, `--thresholds-out`):
 * one place that turns a failed write into a `CopubError` naming the file (exit code 1).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CopubError } from "../diagnostics/errors.ts";

/**
 * Writes UTF-8 text to a file, creating its folder when asked.
 * @param path - the file
 * @param text - its content
 * @param options - `makeFolder`: create the file's folder first; default `false`
 * @throws CopubError `unreadable` when the file cannot be written
 * @example
 * await writeOutputFile("out/report.md", markdown, { makeFolder: true });
 */
export async function writeOutputFile(
  path: string,
  text: string,
  options: { readonly makeFolder?: boolean } = {},
): Promise<void> {
  try {
    if (options.makeFolder === true) await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  } catch (error) {
    throw new CopubError("unreadable", `${path}: cannot be written (${String(error)})`, path, {
      cause: error,
    });
  }
}
