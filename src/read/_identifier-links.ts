/**
 * Which ORCID iD or ResearcherID entry belongs to which author (docs/methodology.md §3.4). OI and
 * RI lists, and XML `contributors`, name the people of a paper and often people who are not its
 * authors (a namesake's profile claimed the paper): on Alice Valentini's paper the OI list names
 * both `valentini, alessio/0000-0003-4733-7519` and `Valentini, Alice/0000-0001-5829-5479`. Taken
 * entry by entry, the first (a surname-and-initial match) gave Alice Alessio's iD. So entries are
 * weighed per author: those that name the author most closely (her full name, then her
 * abbreviated name, then surname and initial only) win over the rest; when the winners give two
 * different identifiers, none is linked. Shared by the text readers (OI, RI) and the XML reader.
 */
import type { NameMatch } from "./names.ts";
import type { Author, RecordWarning } from "./wos-record.ts";

/** An identifier entry: the name it is written with and the identifier. */
export interface IdentifierEntry {
  /** The name as written in the entry. */
  readonly name: string;
  /** The ORCID iD or ResearcherID. */
  readonly id: string;
}

/** Why an entry was not linked. */
export type LeftReason =
  /** It names no author (not even by surname and initial), or names two. */
  | "no-author"
  /** Its author is named more closely by another entry (Alessio's iD on Alice). */
  | "outranked"
  /** Its author is named as closely by an entry with another identifier: none is linked. */
  | "ambiguous"
  /** Its author already has another identifier of this kind (XML: from the author's own name element). */
  | "conflict";

/** The outcome of linking one list of entries. */
export interface IdentifierLinks {
  /** Per author, the identifier linked (or the one the author had), or `null`. */
  readonly ids: readonly (string | null)[];
  /** The entries not linked, in entry order, with the author they matched (-1 for none) and why. */
  readonly left: readonly {
    readonly entry: IdentifierEntry;
    readonly author: number;
    readonly why: LeftReason;
  }[];
}

/**
 * Links identifier entries to authors: per author, the entries that match it best win; one
 * identifier among them (however often given) is linked, two or more link none.
 * @param match - the name matcher over the authors (`createRankedNameMatcher`)
 * @param had - per author, the identifier of this kind it already has (kept), or `null`
 * @param entries - the entries, in list order
 * @example
 * const match = createRankedNameMatcher([["Valentini, Alice", "Valentini, A"]]);
 * linkIdentifierEntries(match, [null], [
 *   { name: "valentini, alessio", id: "0000-0003-4733-7519" },
 *   { name: "Valentini, Alice", id: "0000-0001-5829-5479" },
 * ])
 * // → { ids: ["0000-0001-5829-5479"], left: [{ entry: { name: "valentini, alessio", … }, author: 0, why: "outranked" }] }
 */
export function linkIdentifierEntries(
  match: (name: string) => NameMatch | null,
  had: readonly (string | null)[],
  entries: readonly IdentifierEntry[],
): IdentifierLinks {
  const count = entries.length;
  const matches: (NameMatch | null)[] = new Array(count);
  // Per author, the closest rank among the entries naming it, and the one identifier those
  // entries give (null once they give two): arrays over the authors, with holes for the authors
  // no entry names, where two maps per list cost a tenth of the reader's linking.
  const best: (number | undefined)[] = new Array(had.length);
  const winner: (string | null | undefined)[] = new Array(had.length);
  for (let i = 0; i < count; i++) {
    const m = match((entries[i] as IdentifierEntry).name);
    matches[i] = m;
    if (m === null) continue;
    const rank = best[m.index];
    if (rank === undefined || m.rank < rank) best[m.index] = m.rank;
  }
  for (let i = 0; i < count; i++) {
    const m = matches[i] as NameMatch | null;
    if (m === null || m.rank !== best[m.index]) continue;
    const id = (entries[i] as IdentifierEntry).id;
    const seen = winner[m.index];
    winner[m.index] = seen === undefined || seen === id ? id : null;
  }
  const ids = had.slice();
  for (let i = 0; i < count; i++) {
    const m = matches[i] as NameMatch | null;
    if (m === null || ids[m.index] !== null) continue;
    const id = winner[m.index];
    if (id !== null && id !== undefined) ids[m.index] = id;
  }
  const left: { entry: IdentifierEntry; author: number; why: LeftReason }[] = [];
  for (let i = 0; i < count; i++) {
    const entry = entries[i] as IdentifierEntry;
    const m = matches[i] as NameMatch | null;
    if (m === null) {
      left.push({ entry, author: -1, why: "no-author" });
      continue;
    }
    const author = m.index;
    if (ids[author] === entry.id) continue;
    const why: LeftReason =
      had[author] !== null ? "conflict" : m.rank !== best[author] ? "outranked" : "ambiguous";
    left.push({ entry, author, why });
  }
  return { ids, left };
}

/**
 * The warnings of the entries left unlinked: `identifier-unlinked` for each entry that names no
 * author, is outranked or conflicts; one `identifier-ambiguous` per author named equally closely
 * by entries with different identifiers.
 * @param left - `IdentifierLinks.left`
 * @param authors - the authors, for their names
 * @param describe - how an entry is shown, e.g. `OI entry "Sato, A/0000-0002-1825-0097"`
 * @example
 * identifierWarnings([{ entry, author: 0, why: "outranked" }], authors, (e) => `OI entry "${e.name}/${e.id}"`)
 * // → [{ code: "identifier-unlinked", detail: 'OI entry "valentini, alessio/0000-0003-4733-7519" (author "Valentini, Alice" is named more closely by another entry)' }]
 */
export function identifierWarnings(
  left: IdentifierLinks["left"],
  authors: readonly Pick<Author, "name" | "fullName">[],
  describe: (entry: IdentifierEntry) => string,
): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  const ambiguous = new Map<number, string[]>();
  const nameOf = (index: number): string => {
    const author = authors[index];
    return author?.fullName ?? author?.name ?? "";
  };
  for (const { entry, author, why } of left) {
    if (why === "ambiguous") {
      const entries = ambiguous.get(author);
      if (entries === undefined) ambiguous.set(author, [describe(entry)]);
      else entries.push(describe(entry));
      continue;
    }
    const because =
      why === "outranked"
        ? ` (author "${nameOf(author)}" is named more closely by another entry)`
        : why === "conflict"
          ? ` (author "${nameOf(author)}" has another)`
          : "";
    warnings.push({ code: "identifier-unlinked", detail: `${describe(entry)}${because}` });
  }
  for (const [author, entries] of ambiguous) {
    warnings.push({
      code: "identifier-ambiguous",
      detail: `${entries.join(", ")} name author "${nameOf(author)}" equally; none is linked`,
    });
  }
  return warnings;
}
