/**
 * The WoS XML layout of synthetic papers, in the shape of the raw-data deliveries (schema
 * wok5.30 FullRecord): a `<records>` wrapper in the FullRecord namespace holding one `<REC>`
 * per line, each with UID, static_data (summary: pub_info, titles, names, doctypes, publishers;
 * fullrecord_metadata: languages, references, addresses with organizations and the names linked
 * by `addr_no`, reprint_addresses, category_info, fund_ack, keywords, abstracts; item with
 * keywords_plus) and dynamic_data (tc_list/silo_tc, identifiers). Text is escaped as XML requires
 * (`&amp;`, `&lt;`), which the prose exercises on purpose.
 */
import type { SyntheticAddress, SyntheticAuthor, SyntheticPaper } from "./paper.ts";

/** What starts an XML export. */
export const XML_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<records xmlns="http://clarivate.com/schema/wok5.30/public/FullRecord">\n';
/** What ends it. */
export const XML_FOOTER = "</records>\n";

const PUBTYPES = { J: "Journal", C: "Book in series", B: "Book" } as const;
const SPECIAL = /[&<>"]/;
const SPECIAL_ALL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Escapes text for XML content or a double-quoted attribute.
 * @example
 * escapeXml('Chemistry & "p < 0.05"') // → "Chemistry &amp; &quot;p &lt; 0.05&quot;"
 */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c] ?? c) : text;
}

/** `<name attrs>text</name>`, attributes with `null` values left out. */
function element(name: string, text: string, attributes: Record<string, string | null> = {}): string {
  return `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`;
}

function attributesOf(attributes: Record<string, string | null>): string {
  let out = "";
  for (const [key, value] of Object.entries(attributes))
    if (value !== null) out += ` ${key}="${escapeXml(value)}"`;
  return out;
}

/** `<name count="n">items</name>`, or nothing when there are no items. */
function counted(name: string, items: readonly string[]): string {
  return items.length === 0 ? "" : `<${name} count="${items.length}">${items.join("")}</${name}>`;
}

function personName(
  author: SyntheticAuthor,
  seq: number,
  attributes: Record<string, string | null>,
  email?: string,
): string {
  return (
    `<name seq_no="${seq}" role="author"${attributesOf(attributes)}>` +
    element("display_name", author.fullName) +
    element("full_name", author.fullName) +
    element("wos_standard", author.name) +
    element("first_name", author.given) +
    element("last_name", author.surname) +
    (email === undefined ? "" : element("email_addr", email)) +
    "</name>"
  );
}

function addressSpec(address: SyntheticAddress, number: number): string {
  const { institution } = address;
  return (
    `<address_spec addr_no="${number}">` +
    element("full_address", address.text) +
    counted("organizations", [
      element("organization", institution.name),
      element("organization", institution.preferred, { pref: "Y" }),
    ]) +
    counted("suborganizations", [element("suborganization", address.department)]) +
    element("city", institution.city) +
    (institution.region === null ? "" : element("state", institution.region)) +
    element("country", address.country) +
    (institution.zip === null ? "" : element("zip", institution.zip, { location: "AP" })) +
    "</address_spec>"
  );
}

function summary(paper: SyntheticPaper): string {
  const { journal, year } = paper;
  const pageText = paper.beginPage === null ? "" : `${paper.beginPage}-${paper.endPage}`;
  const pubInfo = {
    pubyear: year === null ? null : String(year),
    pubmonth: paper.publicationDate,
    vol: paper.volume,
    issue: paper.issue,
    pubtype: PUBTYPES[paper.documentType.publicationType],
    sortdate: year === null ? null : `${year}-01-01`,
    has_abstract: paper.abstract === null ? "N" : "Y",
    early_access_date: paper.earlyAccess,
    early_access_year: paper.earlyAccess === null ? null : paper.earlyAccess.slice(-4),
  };
  const reprintAuthors = new Map(paper.reprints.map((r) => [r.author, r.email]));
  const names = paper.authors.map((author, i) =>
    personName(
      author,
      i + 1,
      {
        reprint: reprintAuthors.has(i) ? "Y" : null,
        addr_no: author.addressNumbers.length === 0 ? null : author.addressNumbers.join(" "),
        orcid_id: author.orcid,
        r_id: author.researcherId,
      },
      reprintAuthors.get(i),
    ),
  );
  const groups = paper.groupAuthors.map(
    (group, i) =>
      `<name seq_no="${paper.authors.length + i + 1}" role="corp">${element("display_name", group)}${element("full_name", group)}</name>`,
  );
  const { publisher } = journal;
  return (
    "<summary>" +
    `<EWUID><WUID coll_id="WOS"/><edition value="${paper.edition.code}"/></EWUID>` +
    `<pub_info${attributesOf(pubInfo)}>` +
    element("page", pageText, {
      begin: paper.beginPage,
      end: paper.endPage,
      page_count: String(paper.pageCount),
    }) +
    "</pub_info>" +
    counted("titles", [
      element("title", journal.title, { type: "source" }),
      element("title", journal.abbreviation29, { type: "source_abbrev" }),
      element("title", journal.isoAbbreviation, { type: "abbrev_iso" }),
      element("title", journal.abbreviation29.slice(0, 11).trimEnd(), { type: "abbrev_11" }),
      element("title", journal.abbreviation29, { type: "abbrev_29" }),
      element("title", paper.title, { type: "item" }),
    ]) +
    counted("names", [...names, ...groups]) +
    counted(
      "doctypes",
      paper.documentTypes.map((type) => element("doctype", type)),
    ) +
    "<publishers><publisher>" +
    `<address_spec addr_no="1">${element("full_address", publisher.address)}${element("city", publisher.city)}</address_spec>` +
    `<names count="1"><name role="publisher" seq_no="1" addr_no="1">${element("display_name", publisher.name)}${element("full_name", publisher.name)}</name></names>` +
    "</publisher></publishers>" +
    "</summary>"
  );
}

function fullrecordMetadata(paper: SyntheticPaper): string {
  const references = paper.references.map(
    (r) =>
      "<reference>" +
      element("uid", r.uid) +
      element("citedAuthor", r.author) +
      element("year", String(r.year)) +
      (r.page === null ? "" : element("page", r.page)) +
      (r.volume === null ? "" : element("volume", r.volume)) +
      element("citedWork", r.work) +
      (r.doi === null ? "" : element("doi", r.doi)) +
      "</reference>",
  );
  const addresses = paper.addresses.map(
    (address) =>
      "<address_name>" +
      addressSpec(address, address.number) +
      counted(
        "names",
        address.authors.map((i) => {
          const author = paper.authors[i] as SyntheticAuthor;
          return personName(author, i + 1, { addr_no: author.addressNumbers.join(" ") });
        }),
      ) +
      "</address_name>",
  );
  const reprints = paper.reprints.map(({ author, address, email }, i) => {
    const person = paper.authors[author] as SyntheticAuthor;
    return (
      "<address_name>" +
      addressSpec(paper.addresses[address] as SyntheticAddress, i + 1) +
      `<names count="1">${personName(person, 1, { reprint: "Y", addr_no: String(i + 1) }, email)}</names>` +
      "</address_name>"
    );
  });
  const traditional = paper.categories.map((c) => element("subject", c.wc, { ascatype: "traditional" }));
  const extended = [...new Set(paper.categories.map((c) => c.sc))]
    .sort()
    .map((sc) => element("subject", sc, { ascatype: "extended" }));
  const heading = paper.edition.code === "WOS.SSCI" ? "Social Sciences" : "Science & Technology";
  const grants = paper.grants.map(
    (grant) =>
      "<grant>" +
      element("grant_agency", grant.agency) +
      counted(
        "grant_ids",
        grant.ids.map((id) => element("grant_id", id)),
      ) +
      "</grant>",
  );
  const fundText =
    paper.fundingText === null ? "" : `<fund_text>${element("p", paper.fundingText)}</fund_text>`;
  return (
    "<fullrecord_metadata>" +
    `<languages count="1">${element("language", paper.language, { type: "primary" })}</languages>` +
    // The count stands even when the references themselves were left out (NR without CR).
    `<references count="${paper.referenceCount}">${references.join("")}</references>` +
    counted("addresses", addresses) +
    counted("reprint_addresses", reprints) +
    "<category_info>" +
    counted("headings", [element("heading", heading)]) +
    counted("subjects", [...traditional, ...extended]) +
    "</category_info>" +
    (grants.length === 0 ? "<fund_ack/>" : `<fund_ack>${fundText}${counted("grants", grants)}</fund_ack>`) +
    counted(
      "keywords",
      paper.authorKeywords.map((k) => element("keyword", k)),
    ) +
    (paper.abstract === null
      ? ""
      : `<abstracts count="1"><abstract><abstract_text count="1">${element("p", paper.abstract)}</abstract_text></abstract></abstracts>`) +
    "</fullrecord_metadata>"
  );
}

function item(paper: SyntheticPaper): string {
  const bib = `${paper.volume ?? ""}${paper.issue === null ? "" : ` (${paper.issue})`}: ${paper.beginPage ?? paper.articleNumber ?? ""} ${paper.coverYear}`;
  return (
    '<item xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="itemType_wos" coll_id="WOS">' +
    element("ids", paper.accession, { avail: "Y" }) +
    element("bib_id", bib) +
    element("bib_pagecount", String(paper.pageCount), { type: "Journal" }) +
    counted(
      "keywords_plus",
      paper.keywordsPlus.map((k) => element("keyword", k)),
    ) +
    "</item>"
  );
}

function dynamicData(paper: SyntheticPaper): string {
  const identifier = (type: string, value: string | null): string =>
    value === null ? "" : `<identifier type="${type}" value="${escapeXml(value)}"/>`;
  return (
    "<dynamic_data>" +
    `<citation_related><tc_list><silo_tc coll_id="WOS" local_count="${paper.timesCited}"/></tc_list></citation_related>` +
    "<cluster_related><identifiers>" +
    identifier("accession_no", paper.accession) +
    identifier("issn", paper.journal.issn) +
    identifier("eissn", paper.journal.eissn) +
    identifier("art_no", paper.articleNumber === null ? null : `ARTN ${paper.articleNumber}`) +
    identifier("doi", paper.doi) +
    identifier("pmid", paper.pubmedId) +
    "</identifiers></cluster_related>" +
    "</dynamic_data>"
  );
}

/**
 * One record as a `<REC>` element on one line, newline included.
 * @example
 * toXmlRecord(paper) // → '<REC r_id_disclaimer="…"><UID>WOS:0012345678901234</UID><static_data>…</REC>\n'
 */
export function toXmlRecord(paper: SyntheticPaper): string {
  return (
    '<REC r_id_disclaimer="ResearcherID data provided by Clarivate">' +
    element("UID", paper.ut) +
    `<static_data>${summary(paper)}${fullrecordMetadata(paper)}${item(paper)}</static_data>` +
    dynamicData(paper) +
    "</REC>\n"
  );
}
