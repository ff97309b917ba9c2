/**
 * One parsed `<REC>` → `WosRecord`: the XML column of docs/methodology.md §2.1, kept as a table of
 * paths. Values stay as WoS wrote them; turning them into countries and institutions is the job
 * of `normalize/`, exactly as for the plain-text and tab-delimited readers.
 */
import type { SourceLocation } from "../diagnostics/location.ts";
import { yearInDate } from "./_tag-values.ts";
import { countIn, createMapContext, type MapContext, textIn, textsIn, unexpectedIn } from "./_xml-context.ts";
import {
  allWithAttribute,
  attribute,
  child,
  children,
  descend,
  firstWithAttribute,
  type XmlElement,
} from "./_xml-node.ts";
import { mapPeople } from "./_xml-people.ts";
import { citedReferenceStrings } from "./_xml-references.ts";
import { normalizeDoi, normalizeUt } from "./identifiers.ts";
import type { ReadItem } from "./read-item.ts";
import type { Grant, WosRecord } from "./wos-record.ts";

/**
 * `pub_info/@pubtype` → the PT code of the text exports. XML has no PT; conference papers
 * (PT C) carry the pubtype of the volume they appear in, so they map to J, B or S here.
 */
const PUBLICATION_TYPE_CODES: Readonly<Record<string, string>> = {
  journal: "J",
  book: "B",
  "book in series": "S",
};

/** Options of `mapRecord`. */
export interface MapRecordOptions {
  /** Keep cited references; default `true`. */
  readonly citedReferences?: boolean;
}

/**
 * Maps one parsed `<REC>` element to a record, or rejects it when it has no UID (`missing-ut`).
 * @param rec - the `REC` element as fast-xml-parser returned it (see `_xml-record.ts` for the options)
 * @param at - where the REC starts
 * @param options - `citedReferences`
 * @example
 * mapRecord({ UID: "WOS:000386326200035", static_data: { … } }, at)
 * // → { ok: true, record: { ut: "WOS:000386326200035", publicationYear: 2016, … }, at }
 */
export function mapRecord(rec: XmlElement, at: SourceLocation, options: MapRecordOptions = {}): ReadItem {
  const context = createMapContext();
  const uid = textIn(context, child(rec, "UID"), "UID");
  if (uid === null) {
    const rejection = {
      ...at,
      code: "missing-ut",
      reason: "the <REC> has no <UID>",
      recordId: null,
    } as const;
    return { ok: false, rejection };
  }
  const staticData = child(rec, "static_data");
  const summary = child(staticData, "summary");
  const fullrecord = child(staticData, "fullrecord_metadata");
  const pubInfo = child(summary, "pub_info");
  const dynamicData = child(rec, "dynamic_data");

  const identifiers = children(descend(dynamicData, "cluster_related", "identifiers"), "identifier");
  const titles = children(child(summary, "titles"), "title");
  const subjects = children(descend(fullrecord, "category_info", "subjects"), "subject");
  const timesCited = children(descend(dynamicData, "citation_related", "tc_list"), "silo_tc");

  const earlyAccessDate = attribute(pubInfo, "early_access_date") ?? null;
  const earlyAccessYear =
    countIn(context, attribute(pubInfo, "early_access_year"), "pub_info/@early_access_year") ??
    (earlyAccessDate === null ? null : (yearInDate(earlyAccessDate) ?? null));
  const doi = identifier(identifiers, "doi") ?? identifier(identifiers, "xref_doi");
  const fundAck = child(fullrecord, "fund_ack");
  const fundingText = textsIn(context, children(child(fundAck, "fund_text"), "p"), "fund_text/p").join(" ");
  const people = mapPeople(staticData, context);

  const record: WosRecord = {
    ut: normalizeUt(uid),
    doi: doi === null ? null : normalizeDoi(doi),
    publicationType: publicationType(attribute(pubInfo, "pubtype"), context),
    documentTypes: textsIn(context, children(child(summary, "doctypes"), "doctype"), "doctype"),
    title: title(titles, "item", context),
    sourceTitle: title(titles, "source", context),
    sourceAbbreviation: title(titles, "abbrev_29", context),
    isoSourceAbbreviation: title(titles, "abbrev_iso", context),
    issn: identifier(identifiers, "issn"),
    eissn: identifier(identifiers, "eissn"),
    language: language(child(fullrecord, "languages"), context),
    publicationYear: countIn(context, attribute(pubInfo, "pubyear"), "pub_info/@pubyear"),
    // `@pubmonth` is PD as written (`JAN 6`, `SPR`); `@sortdate` is a made-up day used for
    // sorting (`2016-01-01` for a record dated only 2016), so it is not a publication date.
    publicationDate: attribute(pubInfo, "pubmonth") ?? null,
    earlyAccessDate,
    earlyAccessYear,
    editions: editions(children(descend(summary, "EWUID"), "edition")),
    authors: people.authors,
    groupAuthors: people.groupAuthors,
    addresses: people.addresses,
    organizations: people.organizations,
    reprintAddresses: people.reprintAddresses,
    timesCited: timesCitedIn(timesCited, "WOS", context),
    // `WOK` is the collection id WoS uses for "all databases" (Z9); no sample file has it.
    timesCitedAllDatabases: timesCitedIn(timesCited, "WOK", context),
    citedReferenceCount: countIn(
      context,
      attribute(child(fullrecord, "refs"), "count") ?? attribute(child(fullrecord, "references"), "count"),
      "refs/@count",
    ),
    categories: subjectsOf(subjects, "traditional", context),
    researchAreas: subjectsOf(subjects, "extended", context),
    grants: grants(child(fundAck, "grants"), context),
    fundingText: fundingText.length > 0 ? fundingText : null,
    authorKeywords: textsIn(context, children(child(fullrecord, "keywords"), "keyword"), "keywords/keyword"),
    keywordsPlus: textsIn(
      context,
      children(descend(staticData, "item", "keywords_plus"), "keyword"),
      "keywords_plus/keyword",
    ),
    // XML deliveries carry no export date (DA).
    exportDate: null,
    unlinkedIdentifiers: people.unlinkedIdentifiers,
    otherTags: {},
    warnings: context.warnings,
  };
  if (options.citedReferences !== false) {
    record.citedReferences = citedReferenceStrings(child(fullrecord, "references"), context);
  }
  return { ok: true, record, at };
}

/** The `@value` of each edition that has one (WoS's edition codes, `WOS.SCI`, …). */
function editions(elements: readonly XmlElement[]): string[] {
  const out: string[] = [];
  for (const element of elements) {
    const value = attribute(element, "value");
    if (value !== undefined) out.push(value);
  }
  return out;
}

function identifier(identifiers: readonly XmlElement[], type: string): string | null {
  return attribute(firstWithAttribute(identifiers, "type", type), "value") ?? null;
}

/** The text of the title of a type (`item`, `source`, …). */
function title(titles: readonly XmlElement[], type: string, context: MapContext): string | null {
  return textIn(context, firstWithAttribute(titles, "type", type), `title[@type="${type}"]`);
}

/** The subject categories of a scheme (`traditional`: WC; `extended`: SC), repeats in other case left out. */
function subjectsOf(subjects: readonly XmlElement[], type: string, context: MapContext): string[] {
  return distinctIgnoringCase(textsIn(context, allWithAttribute(subjects, "ascatype", type), "subject"));
}

/** The times cited in a collection (`WOS`: TC; `WOK`: Z9). */
function timesCitedIn(silos: readonly XmlElement[], collection: string, context: MapContext): number | null {
  return countIn(
    context,
    attribute(firstWithAttribute(silos, "coll_id", collection), "local_count"),
    `silo_tc[@coll_id="${collection}"]/@local_count`,
  );
}

function publicationType(pubtype: string | undefined, context: MapContext): string | null {
  if (pubtype === undefined) return null;
  const code = PUBLICATION_TYPE_CODES[pubtype.toLowerCase()];
  if (code === undefined) unexpectedIn(context, `pub_info/@pubtype "${pubtype}" has no PT code`);
  return code ?? null;
}

/** The primary language (LA), else the first one listed. */
function language(languages: XmlElement | undefined, context: MapContext): string | null {
  const all = children(languages, "language");
  const primary = firstWithAttribute(all, "type", "primary") ?? all[0];
  return textIn(context, primary, "languages/language");
}

/**
 * Each `grant` with its agency as the acknowledgement wrote it: the `grant_agency` without
 * `pref="Y"` (those are WoS's unified funder names), else the first one.
 */
function grants(element: XmlElement | undefined, context: MapContext): Grant[] {
  const out: Grant[] = [];
  for (const grant of children(element, "grant")) {
    const agencies = children(grant, "grant_agency");
    const written = agencies.find((a) => attribute(a, "pref") === undefined) ?? agencies[0];
    const agency = textIn(context, written, "grant/grant_agency");
    const grantIds = textsIn(context, children(child(grant, "grant_ids"), "grant_id"), "grant_ids/grant_id");
    if (agency === null) {
      if (grantIds.length > 0) unexpectedIn(context, `grant ${grantIds.join(", ")} names no grant_agency`);
      continue;
    }
    out.push({ agency, grantIds });
  }
  return out;
}

/**
 * Drops repeats that differ only in case, keeping the first: old records list a category twice,
 * once in title case and once in upper case (`INFORMATION SCIENCE & LIBRARY SCIENCE`).
 */
function distinctIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
