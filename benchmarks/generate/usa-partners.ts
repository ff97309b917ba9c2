/**
 * The "USA's partners by field" sample, `data-samples/usa-partners/exports/`: what an analyst gets from
 * two Web of Science searches for the papers of the USA (`CU=USA`) in chemistry and clinical
 * medicine, articles and reviews, published in 2009–2011 and in 2019–2021 — the two windows
 * NISTEP compares. It stands apart from the demo set because the demo's 3,000 papers give the USA
 * only 22 and 56 international papers in those windows, too few to rank ten partners in a field.
 * The papers are drawn from the demo's world (`demo-world.ts`: China rising, Japan, Germany and
 * France losing share) with the seeded paper synthesizer and kept when they match the search;
 * they are written with a custom selection of fields, as WoS lets one save them, so that about
 * 1,100 records take about 1.3 MB. The same code writes the same bytes;
 * `test/docs/usa-partners-data.test.ts` regenerates the files and compares them.
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DEMO_WORLD } from "./demo-world.ts";
import { createPaperSynthesizer, type PaperOptions, type SyntheticPaper } from "./paper.ts";
import { PLAIN_TEXT_FOOTER, plainTextHeader, toPlainTextRecord } from "./plain-text.ts";

/** What the FN line of each file says instead of WoS's `Clarivate Analytics Web of Science`. */
export const USA_PARTNERS_LABEL = "copub synthetic sample - not Web of Science records";

/** The two publication windows searched, each saved as one file. */
export const USA_PARTNERS_WINDOWS = [
  { from: 2009, to: 2011 },
  { from: 2019, to: 2021 },
] as const;

/** The ESI fields searched (through their WoS categories). */
export const USA_PARTNERS_FIELDS: readonly string[] = ["Chemistry", "Clinical Medicine"];

/** Papers drawn from the world before the search keeps those of the USA: about 1,100 are kept. */
export const USA_PARTNERS_DRAWN = 45_000;

/** The paper options: the demo's world, no early access or consortium papers, saved in April 2022. */
export const USA_PARTNERS_OPTIONS: Partial<PaperOptions> & Pick<PaperOptions, "seed" | "years"> = {
  seed: 2,
  years: { from: 2009, to: 2021 },
  exportDate: "2022-04-05",
  world: DEMO_WORLD,
  hyperAuthoredShare: 0,
  earlyAccessShare: 0,
  abstracts: false,
  citedReferences: false,
};

/**
 * The tags of the custom selection: identity, authors and addresses, source and year, document
 * type, categories and citation counts — what the indicators read. Keywords, funding, usage counts
 * and publisher addresses are left out.
 */
const KEPT_TAGS: ReadonlySet<string> = new Set([
  "PT",
  "AU",
  "AF",
  "TI",
  "SO",
  "LA",
  "DT",
  "C1",
  "C3",
  "RP",
  "NR",
  "TC",
  "Z9",
  "SN",
  "J9",
  "JI",
  "PD",
  "PY",
  "VL",
  "IS",
  "BP",
  "EP",
  "AR",
  "DI",
  "PG",
  "WC",
  "WE",
  "SC",
  "UT",
  "PM",
  "DA",
]);

/** The record in plain text with only the kept tags (a tag's continuation lines go with it). */
function selectedRecord(paper: SyntheticPaper): string {
  let keep = true;
  const lines: string[] = [];
  for (const line of toPlainTextRecord(paper).split("\n")) {
    if (/^[A-Z][A-Z0-9] /.test(line)) keep = KEPT_TAGS.has(line.slice(0, 2));
    else if (line === "ER" || line === "") keep = true;
    if (keep) lines.push(line);
  }
  return lines.join("\n");
}

/** Whether a paper is what the search finds: an article or review of the USA in a searched field. */
function found(paper: SyntheticPaper): boolean {
  const types = paper.documentType.types;
  return (
    USA_PARTNERS_FIELDS.includes(paper.field.name) &&
    types.length === 1 &&
    (types[0] === "Article" || types[0] === "Review") &&
    paper.addresses.some((address) => address.country.endsWith("USA"))
  );
}

/**
 * The file name of one window's export.
 * @example
 * usaPartnersFileName({ from: 2009, to: 2011 }) // → "usa-chem-clin-2009-2011.txt"
 */
export function usaPartnersFileName(window: { readonly from: number; readonly to: number }): string {
  return `usa-chem-clin-${window.from}-${window.to}.txt`;
}

/**
 * Writes the sample into `folder` (which must exist), one file per window, replacing earlier ones.
 * @param folder - `data-samples/usa-partners/exports` for the committed sample
 * @returns each file's path and number of records, in window order
 * @example
 * await writeUsaPartners("data-samples/usa-partners/exports")
 * // → [{ path: "data-samples/usa-partners/exports/usa-chem-clin-2009-2011.txt", records: … }, …]
 */
export async function writeUsaPartners(folder: string): Promise<{ path: string; records: number }[]> {
  for (const name of await readdir(folder))
    if (/^usa-chem-clin-.*\.txt$/.test(name)) await rm(join(folder, name));
  const paper = createPaperSynthesizer(USA_PARTNERS_OPTIONS);
  const records: string[][] = USA_PARTNERS_WINDOWS.map(() => []);
  for (let index = 0; index < USA_PARTNERS_DRAWN; index++) {
    const drawn = paper(index);
    const window = USA_PARTNERS_WINDOWS.findIndex(
      (w) => drawn.coverYear >= w.from && drawn.coverYear <= w.to,
    );
    if (window !== -1 && found(drawn)) records[window]?.push(selectedRecord(drawn));
  }
  const written: { path: string; records: number }[] = [];
  for (const [i, window] of USA_PARTNERS_WINDOWS.entries()) {
    const path = join(folder, usaPartnersFileName(window));
    const kept = records[i] ?? [];
    await writeFile(path, `${plainTextHeader(USA_PARTNERS_LABEL)}${kept.join("")}${PLAIN_TEXT_FOOTER}`);
    written.push({ path, records: kept.length });
  }
  return written;
}
