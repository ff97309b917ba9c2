// Every link between the project's documents resolves: a relative link names a file that exists,
// and its `#anchor`, when it has one, a heading of that file (as GitHub makes heading anchors) or
// an `<a id="…">` in it. Moving a section (as the benchmarks page's history moved to its log)
// must not leave a reader at a dead link.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** Markdown files of docs/ (with its sub-folders) and the README. */
function documents(): string[] {
  const found = [join(ROOT, "README.md")];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".md")) found.push(path);
    }
  };
  visit(join(ROOT, "docs"));
  return found.sort();
}

/** GitHub's anchor of a heading: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors a Markdown text offers: its headings (outside code fences, numbered when repeated) and `<a id>`s. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6} (.*)$/.exec(line);
    if (heading !== null) {
      const anchor = headingAnchor(heading[1] as string);
      const times = seen.get(anchor) ?? 0;
      anchors.add(times === 0 ? anchor : `${anchor}-${times}`);
      seen.set(anchor, times + 1);
    }
    for (const id of line.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(id[1] as string);
  }
  return anchors;
}

/** Relative links of a Markdown text (`[text](target)`), outside code fences and inline code. */
function linksOf(text: string): string[] {
  const links: string[] = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    for (const link of line.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = link[1] as string;
      if (!/^[a-z]+:/i.test(target)) links.push(target);
    }
  }
  return links;
}

describe("links between the documents", () => {
  const files = documents();

  it("finds the documents to check", () => {
    // README, docs/*.md and the question pages at least.
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))(
    "%s links only to files and anchors that exist",
    (_, file) => {
      const text = readFileSync(file as string, "utf8");
      const broken: string[] = [];
      for (const target of linksOf(text)) {
        const [path = "", anchor] = target.split("#");
        const linked =
          path === "" ? (file as string) : resolve(dirname(file as string), decodeURIComponent(path));
        if (!existsSync(linked)) {
          broken.push(`${target} (no such file)`);
          continue;
        }
        if (anchor === undefined || anchor === "" || !linked.endsWith(".md")) continue;
        if (!anchorsOf(readFileSync(linked, "utf8")).has(anchor)) broken.push(`${target} (no such anchor)`);
      }
      expect(broken).toEqual([]);
    },
  );
});
