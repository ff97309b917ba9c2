/**
 * `copub/read`: the steps under `loadCorpus`, one by one, for a caller who reads or normalizes
 * records without building a corpus: each export format's parser (whole text, streamed, or pushed
 * chunk by chunk), format detection, gzip, the read limits, the input file list, identifiers, and
 * the normalization rules of methodology §1–§4 (countries, institutions, years, fields, document
 * types, authors, grant ids and fiscal years). The root entry point, `copub`, has what most
 * scripts need (`openWos`, `collect`, `forEachInput`, `normalize`).
 * @packageDocumentation
 */

export { authorNames } from "./corpus/author-names.ts";
export { documentTypeScope } from "./corpus/doc-type-scope.ts";
export type { ScopeFacts, ScopeTest } from "./corpus/scope.ts";
export { createScopeTest } from "./corpus/scope.ts";
export { sumReadReports } from "./diagnostics/read-report.ts";
export type { CountryInference, CountryWarning, ResolvedCountry } from "./normalize/countries.ts";
export { resolveAddressCountry, resolveCountry } from "./normalize/countries.ts";
export { countryAlpha3 } from "./normalize/country-codes.ts";
export { nearestCountries } from "./normalize/country-vocabulary.ts";
export { normalizeDocumentTypes } from "./normalize/document-types.ts";
export { nearestFields } from "./normalize/field-vocabulary.ts";
export type { FieldInput } from "./normalize/fields.ts";
export { assignFields } from "./normalize/fields.ts";
export { institutionKey, institutionUnits } from "./normalize/institutions.ts";
export { parseJournalFieldsCsv } from "./normalize/journal-fields.ts";
export { validOrcid } from "./normalize/orcid.ts";
export type { PublicationYear, YearOptions } from "./normalize/publication-year.ts";
export { publicationYear } from "./normalize/publication-year.ts";
export type { UnresolvedToken, UtAddress } from "./normalize/unresolved-countries.ts";
export { unresolvedCountryTokens } from "./normalize/unresolved-countries.ts";
export { dateMonth, fiscalYearOf, paperFiscalYear } from "./programme/fiscal-year.ts";
export { grantIdInText, normalizeGrantId } from "./programme/grant-ids.ts";
export { tally } from "./read/collect.ts";
export { detectFormat } from "./read/detect-format.ts";
export { formatBlockItems, formatBlocks } from "./read/format-blocks.ts";
export type { GunzipOptions } from "./read/gunzip.ts";
export { gunzipChunks, isGzip } from "./read/gunzip.ts";
export { normalizeDoi, normalizeUt } from "./read/identifiers.ts";
export type { InputFile } from "./read/input-files.ts";
export { listInputFiles } from "./read/input-files.ts";
export type { LineVisitor, LongLine, SplitLine } from "./read/lines.ts";
export type { LineParser, ParseStart, PlainTextParser } from "./read/plain-text.ts";
export { createPlainTextParser, parsePlainText, readPlainText } from "./read/plain-text.ts";
export { DEFAULT_READ_LIMITS, readLimits } from "./read/read-limits.ts";
export { PROGRESS_RECORD_STEP } from "./read/read-progress.ts";
export type { ByteSource, OpenedSource } from "./read/source.ts";
export { openSource } from "./read/source.ts";
export type { TabDelimitedParser } from "./read/tab-delimited.ts";
export { createTabDelimitedParser, parseTabDelimited, readTabDelimited } from "./read/tab-delimited.ts";
export type { TextBlock, TextBlockOptions, TextBlockReadOptions } from "./read/text-blocks.ts";
export {
  plainTextBlocks,
  readPlainTextBlock,
  readTabDelimitedBlock,
  readTextBlocks,
  tabDelimitedBlocks,
  withRecordIndexFrom,
} from "./read/text-blocks.ts";
export type { XmlBlockReadOptions, XmlParser, XmlReadOptions } from "./read/xml.ts";
export { createXmlParser, parseXml, readXml } from "./read/xml.ts";
