// An independent reading of plain-text WoS exports for the question pages' tests: records split at
// ER, tags read line by line, and each paper's countries taken as the last comma-separated part of
// its C1 addresses (RP when it has no C1). It shares no code with copub's readers and normalizers,
// so a figure that both this and copub give is not one bug copied twice. It knows only what the
// samples need: US state-and-zip endings, the four UK nations merged, Hong Kong apart from China
// (methodology §3.2.2's default; the samples have no Macao), and an alpha-2 code for the
// countries the tests name.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** One record as the raw lines give it. */
export interface RawPaper {
  readonly ut: string;
  /** PY, or the year of EA when there is no PY. */
  readonly year: number;
  /** DT split at "; ". */
  readonly types: readonly string[];
  /** Distinct country tokens: `USA`, `UK` (the four nations), else the address's last part. */
  readonly countries: ReadonlySet<string>;
  /** TC. */
  readonly citations: number;
}

const UK_NATIONS = new Set(["England", "Scotland", "Wales", "North Ireland"]);
const HONG_KONG = new Set([
  "Hong Kong",
  "Kowloon",
  "Kowloon Tong",
  "Pokfulam",
  "Shatin",
  "Sha Tin",
  "New Territories",
  "Tai Po",
  "Clear Water Bay",
]);

/** The country token of one address line (C1 without its author prefix, or RP). */
function countryToken(address: string): string {
  const parts = address.replace(/\.$/, "").split(", ");
  const last = parts.at(-1)?.trim() ?? "";
  if (/\bUSA$/.test(last)) return "USA";
  // Methodology §3.2.2 rule 4: a Chinese address whose middle segments name Hong Kong (or one of
  // its districts) is Hong Kong, by default a country of its own.
  const middle = parts.slice(1, -1).map((part) => part.trim());
  if (last === "Peoples R China" && middle.some((part) => HONG_KONG.has(part))) return "Hong Kong";
  return UK_NATIONS.has(last) ? "UK" : last;
}

/** Every tag's values of one record: a continuation line (three spaces) is its own value. */
function tags(record: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let tag = "";
  for (const line of record.split("\n")) {
    if (/^[A-Z][A-Z0-9] /.test(line)) tag = line.slice(0, 2);
    else if (!line.startsWith("   ")) continue;
    map.set(tag, [...(map.get(tag) ?? []), line.slice(3)]);
  }
  return map;
}

/** The records of the plain-text exports in `folder` (every `.txt` file). */
export function rawPapers(folder: string): RawPaper[] {
  const files = statSync(folder).isDirectory()
    ? readdirSync(folder)
        .filter((name) => name.endsWith(".txt"))
        .map((name) => join(folder, name))
    : [folder];
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split(/\nER\n/)
      .map(tags)
      .filter((t) => t.has("UT"))
      .map((t) => {
        const first = (tag: string): string => t.get(tag)?.[0] ?? "";
        const year = first("PY") === "" ? Number(first("EA").slice(-4)) : Number(first("PY"));
        const addresses = t.has("C1")
          ? (t.get("C1") ?? []).map((line) => line.replace(/^\[[^\]]*\] /, ""))
          : (t.get("RP") ?? []).map((line) => line.replace(/^.*\(corresponding author\), /, ""));
        return {
          ut: first("UT"),
          year,
          types: first("DT").split("; "),
          countries: new Set(addresses.map(countryToken)),
          citations: Number(first("TC")),
        };
      }),
  );
}

/** Whether copub's default scope keeps the paper: one of its types is Article or Review (§1.2). */
export function articleOrReview(paper: RawPaper): boolean {
  return paper.types.includes("Article") || paper.types.includes("Review");
}

/** The raw token of the countries the tests name, by copub's key. */
export const TOKEN: Readonly<Record<string, string>> = {
  US: "USA",
  CN: "Peoples R China",
  GB: "UK",
  DE: "Germany",
  JP: "Japan",
  FR: "France",
  CA: "Canada",
  IT: "Italy",
};
