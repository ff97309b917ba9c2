/**
 * The restructuring check: runs every copub command in every output format on the shared WoS
 * exports (and the project's own data sets) in-process, and either saves what each run wrote —
 * exit code, stdout, stderr and every file under --out (`report.xlsx` and the `--format xlsx`
 * workbooks among them, whose bytes must not depend on the run's time) — or compares a new run with a saved one
 * byte for byte. A restructuring that changes no behaviour leaves every byte the same.
 *
 *   npm run check:bytes -- save    /tmp/before     (on the commit before the change)
 *   npm run check:bytes -- compare /tmp/before     (after it: lists every difference, exit 1 if any)
 *   npm run check:bytes -- compare /tmp/before --accept test/cli-bytes-accepted.tsv
 *                                                  (differences a change was meant to make, each
 *                                                   with its reason, are listed but not counted)
 *   npm run check:bytes -- list                    (the cases and their arguments)
 *
 * Runs take a few minutes: the shared exports are read a handful of times, and most cases read
 * a corpus saved once by the first case. Paths inside outputs are relative to the project root,
 * so two checkouts in different folders compare equal.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/_run.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SHARED = "../shared/data-samples/wos";
/** Where cases write their --out files, relative to the project root (removed after each run). */
const WORK = ".cli-bytes";
/** The corpus saved by the first case, read by the rest. */
const CORPUS = `${WORK}/shared.jsonl.gz`;

/** One command line to run. `out` names the files it writes under WORK/<case>/. */
interface Case {
  readonly name: string;
  readonly argv: readonly string[];
}

function cases(): Case[] {
  const out = (name: string, file: string): string => `${WORK}/${name}/${file}`;
  const list: Case[] = [
    { name: "corpus-save", argv: ["corpus", SHARED, "--out", CORPUS, "--format", "json"] },
    { name: "read-text", argv: ["read", SHARED] },
    { name: "read-json", argv: ["read", SHARED, "--format", "json"] },
    { name: "read-samples", argv: ["read", "data-samples", "--format", "json"] },
    { name: "normalize-jsonl", argv: ["normalize", SHARED] },
    { name: "normalize-csv", argv: ["normalize", `${SHARED}/plaintext`, "--format", "csv"] },
    {
      name: "normalize-options",
      argv: [
        "normalize",
        `${SHARED}/tabdelimited`,
        "--uk-nations",
        "separate",
        "--years",
        "2010-2020",
        "--doc-types",
        "all",
        "--field-assignment",
        "fractional",
      ],
    },
    { name: "countries-text", argv: ["countries", SHARED] },
    { name: "countries-json", argv: ["countries", SHARED, "--format", "json"] },
    { name: "countries-csv", argv: ["countries", SHARED, "--format", "csv", "--hong-kong-macao", "china"] },
    { name: "countries-unresolved", argv: ["countries", SHARED, "--unresolved", "--format", "json"] },
    { name: "corpus-text", argv: ["corpus", SHARED, "--years", "2000-2020", "--strict-doc-types"] },
    {
      name: "corpus-manifest",
      argv: ["corpus", CORPUS, "--format", "json", "--manifest", out("corpus-manifest", "manifest.json")],
    },
    { name: "collaboration-md", argv: ["collaboration", CORPUS] },
    { name: "collaboration-csv", argv: ["collaboration", CORPUS, "--format", "csv", "--by", "field"] },
    {
      name: "collaboration-json",
      argv: [
        "collaboration",
        CORPUS,
        "--format",
        "json",
        "--counting",
        "fractional",
        "--period",
        "2014-2016",
      ],
    },
    {
      name: "collaboration-window",
      argv: ["collaboration", CORPUS, "--window", "3", "--years", "2010-2020"],
    },
    {
      name: "collaboration-countries",
      argv: ["collaboration", CORPUS, "--countries", "JP,US", "--by", "field"],
    },
    { name: "top-md", argv: ["top", CORPUS, "--reference", "corpus"] },
    {
      name: "top-csv",
      argv: [
        "top",
        CORPUS,
        "--reference",
        "corpus",
        "--format",
        "csv",
        "--by",
        "field",
        "--thresholds-out",
        out("top-csv", "thresholds.csv"),
      ],
    },
    {
      name: "top-json",
      argv: [
        "top",
        CORPUS,
        "--reference",
        "corpus",
        "--format",
        "json",
        "--counting",
        "fractional",
        "--period",
        "2014-2016",
      ],
    },
    {
      name: "top-percentile-1",
      argv: ["top", CORPUS, "--reference", "corpus", "--percentile", "1", "--method", "scale-all"],
    },
    {
      name: "top-cwts",
      argv: ["top", CORPUS, "--reference", "corpus", "--table", "cwts", "--format", "json"],
    },
    {
      name: "top-incites",
      argv: ["top", CORPUS, "--reference", "corpus", "--table", "incites", "--format", "csv"],
    },
    {
      name: "top-table-file",
      argv: ["top", CORPUS, "--reference", "data-samples/top/thresholds-does-not-exist.csv"],
    },
    {
      name: "impact-md",
      argv: ["impact", CORPUS, "--reference", "corpus", "--baselines-out", out("impact-md", "baselines.csv")],
    },
    {
      name: "impact-json",
      argv: [
        "impact",
        CORPUS,
        "--reference",
        "corpus",
        "--format",
        "json",
        "--counting",
        "fractional",
        "--by",
        "field",
      ],
    },
    {
      name: "impact-cwts-csv",
      argv: ["impact", CORPUS, "--reference", "corpus", "--profile", "cwts", "--format", "csv"],
    },
    {
      name: "impact-incites-html",
      argv: ["impact", CORPUS, "--reference", "corpus", "--profile", "incites", "--format", "html"],
    },
    {
      name: "impact-data-set-i",
      argv: ["impact", "data-samples/impact/data-set-i.txt", "--reference", "corpus", "--format", "json"],
    },
    { name: "partners-md", argv: ["partners", CORPUS, "--focal", "US", "--period", "2014-2016"] },
    {
      name: "partners-compare",
      argv: [
        "partners",
        CORPUS,
        "--focal",
        "US",
        "--period",
        "2014-2016",
        "--compare",
        "2004-2006",
        "--highlight",
        "JP",
      ],
    },
    {
      name: "partners-csv",
      argv: [
        "partners",
        CORPUS,
        "--focal",
        "GB",
        "--period",
        "2015-2016",
        "--by",
        "field",
        "--format",
        "csv",
        "--top",
        "all",
      ],
    },
    { name: "partners-json", argv: ["partners", CORPUS, "--focal", "CN", "--format", "json"] },
    {
      name: "partners-html",
      argv: [
        "partners",
        CORPUS,
        "--focal",
        "US",
        "--period",
        "2014-2016",
        "--compare",
        "2004-2006",
        "--format",
        "html",
      ],
    },
    { name: "network-json", argv: ["network", CORPUS, "--level", "country"] },
    {
      name: "network-metrics",
      argv: ["network", CORPUS, "--level", "country", "--metrics", "--format", "json"],
    },
    {
      name: "network-graphml",
      argv: [
        "network",
        CORPUS,
        "--level",
        "country",
        "--metrics",
        "--format",
        "graphml",
        "--normalize",
        "association",
      ],
    },
    {
      name: "network-gexf",
      argv: [
        "network",
        CORPUS,
        "--level",
        "institution",
        "--format",
        "gexf",
        "--min-papers",
        "3",
        "--counting",
        "fractional",
      ],
    },
    {
      name: "network-vosviewer",
      argv: [
        "network",
        CORPUS,
        "--level",
        "country",
        "--metrics",
        "--format",
        "vosviewer",
        "--out",
        out("network-vosviewer", "countries"),
      ],
    },
    {
      name: "network-csv",
      argv: [
        "network",
        CORPUS,
        "--level",
        "institution",
        "--format",
        "csv",
        "--top",
        "50",
        "--out",
        out("network-csv", "inst"),
      ],
    },
    {
      name: "network-author",
      argv: [
        "network",
        `${SHARED}/plaintext/rafguns-wosfile-50rec-2000-2013.txt`,
        "--level",
        "author",
        "--metrics",
        "--format",
        "graphml",
      ],
    },
    { name: "report-md", argv: ["report", CORPUS, "--reference", "corpus"] },
    { name: "report-plain", argv: ["report", SHARED] },
    {
      name: "report-out",
      argv: [
        "report",
        CORPUS,
        "--reference",
        "corpus",
        "--focal",
        "US,GB",
        "--period",
        "2014-2016",
        "--compare",
        "2004-2006",
        "--out",
        out("report-out", "report"),
      ],
    },
    { name: "report-samples", argv: ["report", "data-samples", "--reference", "corpus"] },
    {
      name: "top-data-set-t",
      argv: ["top", "data-samples/top/data-set-t.txt", "--reference", "corpus", "--format", "json"],
    },
    {
      name: "partners-data-set-q",
      argv: [
        "partners",
        "data-samples/partners/data-set-q.txt",
        "--focal",
        "JP",
        "--format",
        "json",
        "--by",
        "field",
      ],
    },
    ...(["md", "json", "csv", "html", "xlsx"] as const).map((format) => ({
      name: `programme-data-set-g-${format}`,
      argv: [
        "programme",
        "data-samples/programme/data-set-g.txt",
        "--projects",
        "data-samples/programme/data-set-g-projects.csv",
        "--targets",
        "data-samples/programme/data-set-g-targets.csv",
        "--format",
        format,
        // A workbook goes to a file: the in-process run's standard output takes text only.
        ...(format === "xlsx" ? ["--output", out("programme-data-set-g-xlsx", "programme.xlsx")] : []),
      ],
    })),
    {
      name: "programme-shared",
      argv: [
        "programme",
        CORPUS,
        "--projects",
        "data-samples/programme/data-set-g-projects.csv",
        "--format",
        "json",
      ],
    },
    {
      name: "collaboration-xlsx",
      argv: [
        "collaboration",
        CORPUS,
        "--period",
        "2014-2016",
        "--by",
        "field",
        "--format",
        "xlsx",
        "--output",
        out("collaboration-xlsx", "collaboration.xlsx"),
      ],
    },
    { name: "usage-errors", argv: ["collaboration", "--format", "docx", CORPUS] },
    { name: "usage-xlsx-stdout", argv: ["collaboration", "--format", "xlsx", CORPUS] },
    { name: "usage-show", argv: ["report", CORPUS, "--show", "x"] },
    { name: "help", argv: ["--help"] },
  ];
  return list;
}

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(folder, path));
    }
  };
  walk(folder);
  return found;
}

/** Runs one case in-process: exit code, stdout, stderr and the files it wrote. */
async function runCase(c: Case): Promise<Map<string, Buffer>> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    c.argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTty: false },
    "0.0.0-bytes",
  );
  const result = new Map<string, Buffer>([
    ["exit", Buffer.from(`${code}\n`)],
    ["stdout", Buffer.from(stdout)],
    ["stderr", Buffer.from(stderr)],
  ]);
  const folder = join(WORK, c.name);
  for (const file of filesUnder(folder)) result.set(`out/${file}`, readFileSync(join(folder, file)));
  return result;
}

/** Prints one line of the check's own output. */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * The accepted differences of a file: lines `case/file<TAB>reason` (`impact-md/stdout`, `*` for
 * every file of a case), `#` comments and blank lines skipped.
 */
function acceptedDifferences(path: string | undefined): Map<string, string> {
  const accepted = new Map<string, string>();
  if (path === undefined) return accepted;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [key, ...reason] = line.split("\t");
    accepted.set((key as string).trim(), reason.join(" ").trim());
  }
  return accepted;
}

/**
 * One pass over a case's outputs: `save` writes each under `caseDir` (replacing what was there);
 * `compare` checks each against the saved file, writing a `.changed` file beside each that
 * differs, and returns the differences (`file: new`, `differs`, `no longer written`).
 */
function saveOrCompare(mode: "save" | "compare", caseDir: string, result: Map<string, Buffer>): string[] {
  if (mode === "save") rmSync(caseDir, { recursive: true, force: true });
  const saved = new Set(mode === "save" ? [] : filesUnder(caseDir));
  const changed: string[] = [];
  for (const [file, bytes] of result) {
    saved.delete(file);
    const path = join(caseDir, file);
    if (mode === "save") {
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, bytes);
    } else if (!existsSync(path)) changed.push(`${file}: new`);
    else if (!readFileSync(path).equals(bytes)) {
      changed.push(`${file}: differs`);
      writeFileSync(`${path}.changed`, bytes);
    }
  }
  for (const file of saved) if (!file.endsWith(".changed")) changed.push(`${file}: no longer written`);
  return changed;
}

async function main(): Promise<number> {
  const [mode, target, option, acceptPath] = process.argv.slice(2);
  if (option !== undefined && (option !== "--accept" || acceptPath === undefined)) {
    say("usage: npm run check:bytes -- compare DIR [--accept FILE]");
    return 2;
  }
  // Read before the chdir below, relative to where the command was run.
  const accepted = acceptedDifferences(acceptPath === undefined ? undefined : resolve(acceptPath));
  const used = new Set<string>();
  process.chdir(ROOT);
  if (mode === "list") {
    for (const c of cases()) say(`${c.name}: copub ${c.argv.join(" ")}`);
    return 0;
  }
  if ((mode !== "save" && mode !== "compare") || target === undefined) {
    say("usage: npm run check:bytes -- save|compare DIR | list");
    return 2;
  }
  if (!existsSync(`${SHARED}/PROVENANCE.md`)) {
    say(`check:bytes: ${SHARED} is absent; the check needs the shared exports`);
    return 2;
  }
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  let differences = 0;
  try {
    for (const c of cases()) {
      mkdirSync(join(WORK, c.name), { recursive: true });
      const started = performance.now();
      const result = await runCase(c);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const caseDir = join(target, c.name);
      const changed = saveOrCompare(mode, caseDir, result);
      if (mode === "save") {
        say(`saved ${c.name} (${seconds} s)`);
        continue;
      }
      const reasonOf = (line: string): string | undefined => {
        const file = line.slice(0, line.lastIndexOf(": "));
        const key = [`${c.name}/${file}`, `${c.name}/*`].find((k) => accepted.has(k));
        if (key !== undefined) used.add(key);
        return key === undefined ? undefined : accepted.get(key);
      };
      const unexpected = changed.filter((line) => reasonOf(line) === undefined);
      differences += unexpected.length;
      say(
        `${unexpected.length > 0 ? "DIFFERENT" : changed.length > 0 ? "accepted" : "same"} ${c.name} (${seconds} s)`,
      );
      for (const line of changed) {
        const reason = reasonOf(line);
        say(`  ${line}${reason === undefined ? "" : `  (accepted: ${reason})`}`);
      }
    }
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
  for (const key of accepted.keys())
    if (mode === "compare" && !used.has(key)) say(`check:bytes: accepted ${key} did not differ`);
  if (mode === "compare") {
    say(
      differences === 0
        ? "check:bytes: every output is the same"
        : `check:bytes: ${differences} differences (a .changed file beside each)`,
    );
  }
  return differences === 0 ? 0 : 1;
}

process.exitCode = await main();
