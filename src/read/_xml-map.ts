/**
 * One parsed `<REC>` → `WosRecord`: the XML column of docs/methodology.md §2.1, kept as a table of
 * paths. Values stay as WoS wrote them; turning them into countries and institutions is the job
 * of `normalize/`, exactly as for the plain-text and tab-delimited readers.
 */
import type { SourceLocation } from "../diagnostics/location.ts";
import { yearInDate } from "./_tag-values.ts";
import { createMapContext, type MapContext } from "./_xml-context.ts";
import { attribute, child, children, descend, type XmlElement } from "./_xml-node.ts";
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
  const uid = context.text(child(rec, "UID"), "UID");
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
  const identifier = (type: string): string | null =>
    attribute(
      identifiers.find((i) => attribute(i, "type") === type),
      "value",
    ) ?? null;
  const titles = children(child(summary, "titles"), "title");
  const title = (type: string): string | null =>
    context.text(
      titles.find((t) => attribute(t, "type") === type),
      `title[@type="${type}"]`,
    );
  const subjects = children(descend(fullrecord, "category_info", "subjects"), "subject");
  const subjectsOf = (type: string): string[] =>
    distinctIgnoringCase(
      context.texts(
        subjects.filter((s) => attribute(s, "ascatype") === type),
        "subject",
      ),
    );
  const timesCitedIn = (collection: string): number | null =>
    context.count(
      attribute(
        children(descend(dynamicData, "citation_related", "tc_list"), "silo_tc").find(
          (s) => attribute(s, "coll_id") === collection,
        ),
        "local_count",
      ),
      `silo_tc[@coll_id="${collection}"]/@local_count`,
    );

  const earlyAccessDate = attribute(pubInfo, "early_access_date") ?? null;
  const earlyAccessYear =
    context.count(attribute(pubInfo, "early_access_year"), "pub_info/@early_access_year") ??
    (earlyAccessDate === null ? null : (yearInDate(earlyAccessDate) ?? null));
  const doi = identifier("doi") ?? identifier("xref_doi");
  const fundAck = child(fullrecord, "fund_ack");
  const fundingText = context.texts(children(child(fundAck, "fund_text"), "p"), "fund_text/p").join(" ");
  const people = mapPeople(staticData, context);

  const record: WosRecord = {
    ut: normalizeUt(uid),
    doi: doi === null ? null : normalizeDoi(doi),
    publicationType: publicationType(attribute(pubInfo, "pubtype"), context),
    documentTypes: context.texts(children(child(summary, "doctypes"), "doctype"), "doctype"),
    title: title("item"),
    sourceTitle: title("source"),
    sourceAbbreviation: title("abbrev_29"),
    isoSourceAbbreviation: title("abbrev_iso"),
    issn: identifier("issn"),
    eissn: identifier("eissn"),
    language: language(child(fullrecord, "languages"), context),
    publicationYear: context.count(attribute(pubInfo, "pubyear"), "pub_info/@pubyear"),
    // `@pubmonth` is PD as written (`JAN 6`, `SPR`); `@sortdate` is a made-up day used for
    // sorting (`2016-01-01` for a record dated only 2016), so it is not a publication date.
    publicationDate: attribute(pubInfo, "pubmonth") ?? null,
    earlyAccessDate,
    earlyAccessYear,
    editions: children(descend(summary, "EWUID"), "edition")
      .map((e) => attribute(e, "value"))
      .filter((v): v is string => v !== undefined),
    authors: people.authors,
    groupAuthors: people.groupAuthors,
    addresses: people.addresses,
    organizations: people.organizations,
    reprintAddresses: people.reprintAddresses,
    timesCited: timesCitedIn("WOS"),
    // `WOK` is the collection id WoS uses for "all databases" (Z9); no sample file has it.
    timesCitedAllDatabases: timesCitedIn("WOK"),
    citedReferenceCount: context.count(
      attribute(child(fullrecord, "refs"), "count") ?? attribute(child(fullrecord, "references"), "count"),
      "refs/@count",
    ),
    categories: subjectsOf("traditional"),
    researchAreas: subjectsOf("extended"),
    grants: grants(child(fundAck, "grants"), context),
    fundingText: fundingText.length > 0 ? fundingText : null,
    authorKeywords: context.texts(children(child(fullrecord, "keywords"), "keyword"), "keywords/keyword"),
    keywordsPlus: context.texts(
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

function publicationType(pubtype: string | undefined, context: MapContext): string | null {
  if (pubtype === undefined) return null;
  const code = PUBLICATION_TYPE_CODES[pubtype.toLowerCase()];
  if (code === undefined) context.unexpected(`pub_info/@pubtype "${pubtype}" has no PT code`);
  return code ?? null;
}

/** The primary language (LA), else the first one listed. */
function language(languages: XmlElement | undefined, context: MapContext): string | null {
  const all = children(languages, "language");
  const primary = all.find((l) => attribute(l, "type") === "primary") ?? all[0];
  return context.text(primary, "languages/language");
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
    const agency = context.text(written, "grant/grant_agency");
    const grantIds = context.texts(children(child(grant, "grant_ids"), "grant_id"), "grant_ids/grant_id");
    if (agency === null) {
      if (grantIds.length > 0) context.unexpected(`grant ${grantIds.join(", ")} names no grant_agency`);
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
  return values.filter((value) => {
    const key = value.toUpperCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
