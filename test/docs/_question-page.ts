// The parts of a question page (docs/questions/*.md, docs/getting-started.md) that its test checks:
// the example script it shows (after `<!-- script: PATH -->`), what the page says it prints (the
// block after `<!-- output -->`) and the CLI command it gives (the block after `<!-- cli -->`).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project root, where the scripts run (their data paths are relative to it). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What a page shows. */
export interface QuestionPage {
  /** The page's Markdown. */
  readonly text: string;
  /** The script's path from the root, as the marker names it. */
  readonly scriptPath: string;
  /** The script as the page shows it. */
  readonly shownScript: string;
  /** What the page says the script prints. */
  readonly shownOutput: string;
  /** The CLI command lines of the `<!-- cli -->` block (without `npx copub`), one per command. */
  readonly commands: readonly string[];
}

/** The fenced block that follows `marker` (the text between its fences, final newline kept). */
function blockAfter(text: string, marker: string, page: string): string {
  const at = text.indexOf(marker);
  if (at === -1) throw new Error(`${page}: no ${marker}`);
  const match = /^\s*```[a-z]*\n(.*?)```/s.exec(text.slice(at + marker.length));
  if (match === null) throw new Error(`${page}: no fenced block after ${marker}`);
  return match[1] ?? "";
}

/** Reads a page by its path from the root. */
export function questionPage(page: string): QuestionPage {
  const text = readFileSync(`${ROOT}${page}`, "utf8");
  const scriptPath = /<!-- script: (\S+) -->/.exec(text)?.[1];
  if (scriptPath === undefined) throw new Error(`${page}: no <!-- script: PATH --> marker`);
  const commands = text.includes("<!-- cli -->")
    ? blockAfter(text, "<!-- cli -->", page)
        .split("\n")
        .filter((line) => line.startsWith("npx copub "))
        .map((line) => line.slice("npx copub ".length))
    : [];
  return {
    text,
    scriptPath,
    shownScript: blockAfter(text, `<!-- script: ${scriptPath} -->`, page),
    shownOutput: blockAfter(text, "<!-- output -->", page),
    commands,
  };
}

/** The script's file as it is in the repository. */
export function scriptFile(page: QuestionPage): string {
  return readFileSync(`${ROOT}${page.scriptPath}`, "utf8");
}

/** Runs the script as the page tells a reader to (`npx tsx PATH`, from the root) and returns its output. */
export function runScript(page: QuestionPage, ...args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", page.scriptPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

/** The number after `label` in a printed line, e.g. `figure(out, "United States", 3)` for its third number. */
export function figure(output: string, lineStart: string, index: number): number {
  const line = output.split("\n").find((l) => l.startsWith(lineStart));
  if (line === undefined) throw new Error(`no line starting with ${lineStart}`);
  const numbers = line.slice(lineStart.length).match(/-?\d+(?:\.\d+)?/g) ?? [];
  const value = numbers[index];
  if (value === undefined) throw new Error(`no number ${index} in ${line}`);
  return Number(value);
}
