/**
 * Cited references of synthetic papers, as parts (for XML `<reference>`) and as the CR line the
 * text exports print (`Baniamerian H, 2019, CHEMOSPHERE, V229, P188, DOI 10.1016/…`). The CR
 * line is built from the parts in the order copub's XML reader joins them, so the two formats
 * of one paper give the same cited-reference strings.
 */
import { FIELDS, type Field } from "./fields.ts";
import type { JournalDrawer } from "./journals.ts";
import { anyAuthorName } from "./names.ts";
import { type Random, weighted } from "./random.ts";

/** One cited reference. */
export interface CitedReference {
  /** First author as XML writes it (`Baniamerian, H`). */
  readonly author: string;
  /** Year cited. */
  readonly year: number;
  /** Cited work: the J9 of the cited journal, or a book title fragment. */
  readonly work: string;
  /** Volume, or `null`. */
  readonly volume: string | null;
  /** First page, or `null`. */
  readonly page: string | null;
  /** DOI, or `null`. */
  readonly doi: string | null;
  /** The UID WoS gives the cited item in XML (`WOS:…` for items it indexes). */
  readonly uid: string;
  /** The CR line. */
  readonly line: string;
}

const FIELD_INDEXES = weighted(FIELDS.map((f, i) => [i, f.weight] as const));

/**
 * The CR line of a reference: author without the comma, year, work, `V`volume, `P`page, `DOI` doi.
 * @example
 * crLine({ author: "Baniamerian, H", year: 2019, work: "CHEMOSPHERE", volume: "229", page: "188", doi: "10.1016/x" })
 * // → "Baniamerian H, 2019, CHEMOSPHERE, V229, P188, DOI 10.1016/x"
 */
export function crLine(reference: Omit<CitedReference, "line" | "uid">): string {
  let line = `${reference.author.replace(", ", " ")}, ${reference.year}, ${reference.work}`;
  if (reference.volume !== null) line += `, V${reference.volume}`;
  if (reference.page !== null) line += `, P${reference.page}`;
  if (reference.doi !== null) line += `, DOI ${reference.doi}`;
  return line;
}

/**
 * `count` references of a paper published in `year`: mostly the recent literature of its field.
 * @param journals - the generator's journal drawer, so cited journals are the same journals papers appear in
 * @example
 * citedReferences(random, journals, chemistry, 2, 2022, 3).map((r) => r.line)
 * // → ["Zhang W, 2018, J CATAL, V264, P17, DOI 10.1016/j.catal.2018.050049", …]
 */
export function citedReferences(
  random: Random,
  journals: JournalDrawer,
  field: Field,
  fieldIndex: number,
  year: number,
  count: number,
): CitedReference[] {
  const out: CitedReference[] = [];
  for (let i = 0; i < count; i++) {
    // XML's citedAuthor is the AU form (`Baniamerian, H`); CR drops the comma.
    const author = anyAuthorName(random);
    // Citation age is roughly exponential: most references are a few years old.
    const cited = Math.max(1950, year - Math.floor(-Math.log(1 - random.next()) * 7));
    const otherField = random.chance(0.2) ? FIELD_INDEXES.draw(random) : fieldIndex;
    const journal = journals.draw(random, FIELDS[otherField] ?? field, otherField);
    const book = random.chance(0.05);
    const volume = book ? null : String(journal.firstVolume + Math.max(0, cited - 2000));
    const page = book || random.chance(0.1) ? null : String(random.int(1, 2400));
    const doi =
      book || random.chance(0.15) ? null : `${journal.doiStem}.${cited}.${random.int(10_000, 999_999)}`;
    // Books are cited by a shortened title, without volume or page.
    const work = book ? `HDB ${journal.abbreviation29.split(" ").at(-1)}` : journal.abbreviation29;
    const reference = { author, year: cited, work, volume, page, doi, uid: "", line: "" };
    reference.uid = `WOS:000${random.int(100_000_000, 999_999_999)}${random.int(100, 999)}`;
    reference.line = crLine(reference);
    out.push(reference);
  }
  return out;
}
