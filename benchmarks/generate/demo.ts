/**
 * copub's demo data set, `data-samples/demo/`: a few thousand synthetic records shaped like the
 * result of one WoS search over 2006–2023, saved as WoS saves a long result list, in plain-text
 * parts of at most 1,000 records. The FN line of every part says the records are synthetic.
 * Every setting is fixed here, so the same code writes the same bytes; the test
 * `test/benchmarks/demo.test.ts` regenerates the set and compares it with the committed files.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { DEMO_WORLD } from "./demo-world.ts";
import type { PaperOptions } from "./paper.ts";
import { type GeneratedFile, writeSyntheticExport } from "./write.ts";

/** What the FN line of each part says instead of WoS's `Clarivate Analytics Web of Science`. */
export const DEMO_LABEL = "copub synthetic demo data - not Web of Science records";

/** Records in the demo set. */
export const DEMO_RECORDS = 3000;

/** Records per file at most, as WoS exports them. */
export const DEMO_PART_RECORDS = 1000;

/** The paper options of the demo set. */
export const DEMO_OPTIONS: Partial<PaperOptions> & Pick<PaperOptions, "seed" | "years"> = {
  seed: 13,
  years: { from: 2006, to: 2023 },
  exportDate: "2024-04-02",
  world: DEMO_WORLD,
  // Consortia of physics and medicine (ATLAS, GBD…): a few in a set of this size.
  hyperAuthoredShare: 0.004,
  hyperAuthoredFields: ["Physics", "Space Science", "Clinical Medicine"],
  earlyAccessShare: 0.02,
  // A custom selection of fields without abstracts and cited references (NR stays), to keep the set small.
  abstracts: false,
  citedReferences: false,
};

/**
 * The file name of part `part` (1-based): the search's years and the part number.
 * @example
 * demoFileName(2) // → "demo-2006-2023-part2.txt"
 */
export function demoFileName(part: number): string {
  const { from, to } = DEMO_OPTIONS.years;
  return `demo-${from}-${to}-part${part}.txt`;
}

/** Part files of an earlier demo set (`demo-….txt`), which `writeDemo` replaces. */
const DEMO_FILE = /^demo-.*\.txt$/;

/**
 * Writes the demo set into `folder` (which must exist), replacing the parts of an earlier one.
 * @param folder - where the parts go, `data-samples/demo` for the committed set
 * @returns the files written, in part order
 * @example
 * await writeDemo("data-samples/demo")
 * // → [{ path: "data-samples/demo/demo-2006-2023-part1.txt", records: 1000, bytes: … }, …]
 */
export async function writeDemo(folder: string): Promise<GeneratedFile[]> {
  for (const name of await readdir(folder)) if (DEMO_FILE.test(name)) await rm(join(folder, name));
  const written: GeneratedFile[] = [];
  for (let first = 0, part = 1; first < DEMO_RECORDS; first += DEMO_PART_RECORDS, part++) {
    const records = Math.min(DEMO_PART_RECORDS, DEMO_RECORDS - first);
    const path = join(folder, demoFileName(part));
    written.push(
      await writeSyntheticExport(path, {
        ...DEMO_OPTIONS,
        format: "plain",
        records,
        first,
        label: DEMO_LABEL,
      }),
    );
  }
  return written;
}
