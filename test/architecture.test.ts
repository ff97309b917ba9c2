// The layout rules of docs/architecture.md, checked on the sources: each folder of src/ is one
// stage of the data flow and imports only from the stages before it; no two files import each
// other, even through others; `_x.ts` modules stay inside their folder; only src/output (and the
// CLI, which writes what output/ made) turns values into bytes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** The stages in data-flow order; a module may import from its own stage and those before it. */
const STAGES = [
  "common",
  "diagnostics",
  "read",
  "normalize",
  "corpus",
  "indicators",
  "programme",
  "networks",
  "output",
  "report",
  "cli",
] as const;

/** Every .ts file under src/, as absolute paths. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return path.endsWith(".ts") ? [path] : [];
    });
}

/** The relative module specifiers a file imports or re-exports, resolved to absolute paths. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/g)].map((m) =>
    resolve(dirname(file), m[1] as string),
  );
}

/** The bare package specifiers a file imports. */
function packageImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"([^."][^"]*)"/g)].map(
    (m) => m[1] as string,
  );
}

/** The stage of a file: its first folder under src/ (`index` for src/index.ts). */
function stageOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? "index" : (parts[0] as string);
}

const FILES = sourceFiles();
const name = (file: string): string => relative(SRC, file).split(sep).join("/");

describe("src/ layout (docs/architecture.md)", () => {
  it("has a stage for every folder under src/", () => {
    const folders = readdirSync(SRC).filter((entry) => statSync(join(SRC, entry)).isDirectory());
    expect(folders.filter((folder) => !(STAGES as readonly string[]).includes(folder))).toEqual([]);
  });

  it("imports only from the same stage or a stage before it", () => {
    const upward: string[] = [];
    for (const file of FILES) {
      const from = stageOf(file);
      if (from === "index") continue;
      for (const target of relativeImports(file)) {
        const to = stageOf(target);
        if (to === "index" || STAGES.indexOf(to as never) > STAGES.indexOf(from as never))
          upward.push(`${name(file)} → ${name(target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import cycle between files", () => {
    const graph = new Map(FILES.map((file) => [file, relativeImports(file)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]): void => {
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open")
          cycles.push([...path.slice(path.indexOf(next)), next].map(name).join(" → "));
        else if (!state.has(next) && graph.has(next)) visit(next, [...path, next]);
      }
      state.set(file, "done");
    };
    for (const file of FILES) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  it("imports every relative module with its .ts name, and every one exists", () => {
    const broken = FILES.flatMap((file) =>
      relativeImports(file)
        .filter((target) => !target.endsWith(".ts") || !FILES.includes(target))
        .map((target) => `${name(file)} → ${relative(SRC, target)}`),
    );
    expect(broken).toEqual([]);
  });

  it("uses `_x.ts` modules only inside their own folder", () => {
    const leaks: string[] = [];
    for (const file of FILES)
      for (const target of relativeImports(file)) {
        const base = target.split(sep).at(-1) ?? "";
        if (base.startsWith("_") && !`${dirname(file)}${sep}`.startsWith(`${dirname(target)}${sep}`))
          leaks.push(`${name(file)} → ${name(target)}`);
      }
    expect(leaks).toEqual([]);
  });

  it("names a module without `_` only when it serves outside its folder or in the public API", () => {
    // The entry point of the executable is run, not imported.
    const entryPoints = new Set(["cli/main.ts"]);
    const usedOutside = new Set<string>();
    for (const file of FILES)
      for (const target of relativeImports(file))
        if (stageOf(file) === "index" || !`${dirname(file)}${sep}`.startsWith(`${dirname(target)}${sep}`))
          usedOutside.add(target);
    const internal = FILES.filter((file) => stageOf(file) !== "index")
      .filter((file) => !(file.split(sep).at(-1) ?? "").startsWith("_"))
      .filter((file) => !usedOutside.has(file) && !entryPoints.has(name(file)))
      .map(name);
    expect(internal).toEqual([]);
  });

  it("turns values into bytes only in src/output (files and CSV/XML writers)", () => {
    // Writing a file or using a serializer library is output's job; the CLI only hands what
    // output/ made to the file system.
    const writers = /\b(writeFile|writeFileSync|createWriteStream|appendFile|createGzip)\b/;
    const serializers = new Set(["csv-stringify", "csv-stringify/sync"]);
    const found = FILES.filter((file) => !["output", "cli", "index"].includes(stageOf(file))).flatMap(
      (file) => [
        ...(writers.test(readFileSync(file, "utf8")) ? [`${name(file)}: writes files`] : []),
        ...packageImports(file)
          .filter((specifier) => serializers.has(specifier))
          .map((specifier) => `${name(file)}: imports ${specifier}`),
      ],
    );
    expect(found).toEqual([]);
  });
});
