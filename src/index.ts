/**
 * copub: international research collaboration indicators from Web of Science exports.
 * This module is the whole public API; it only re-exports.
 */

export type { CopubErrorCode } from "./diagnostics/errors.ts";
export { CopubError } from "./diagnostics/errors.ts";
export type { SourceLocation } from "./diagnostics/location.ts";
export { SourceLocationSchema } from "./diagnostics/location.ts";
export type { ReadReport } from "./diagnostics/read-report.ts";
export { ReadReportSchema, sumReadReports } from "./diagnostics/read-report.ts";
export type { Rejection, RejectionCode } from "./diagnostics/rejection.ts";
export { formatRejection, RejectionCodeSchema, RejectionSchema } from "./diagnostics/rejection.ts";
export type { Collected } from "./read/collect.ts";
export { collect, tally } from "./read/collect.ts";
export { detectFormat } from "./read/detect-format.ts";
export type { GunzipOptions } from "./read/gunzip.ts";
export { gunzipChunks, isGzip } from "./read/gunzip.ts";
export type { InputFile } from "./read/input-files.ts";
export { listInputFiles } from "./read/input-files.ts";
export type { OpenWosOptions, WosReading } from "./read/open-wos.ts";
export { openWos } from "./read/open-wos.ts";
export type { PlainTextParser } from "./read/plain-text.ts";
export { createPlainTextParser, parsePlainText, readPlainText } from "./read/plain-text.ts";
export type { ReadItem, ReadOptions, WosFormat } from "./read/read-item.ts";
export type { ByteSource, OpenedSource } from "./read/source.ts";
export { openSource } from "./read/source.ts";
export type { TabDelimitedParser } from "./read/tab-delimited.ts";
export { createTabDelimitedParser, parseTabDelimited, readTabDelimited } from "./read/tab-delimited.ts";
export type {
  Address,
  AddressParts,
  Author,
  AuthorIdentifier,
  Grant,
  RecordWarning,
  RecordWarningCode,
  ReprintAddress,
  WosRecord,
} from "./read/wos-record.ts";
export {
  AddressPartsSchema,
  AddressSchema,
  AuthorIdentifierSchema,
  AuthorSchema,
  GrantSchema,
  RecordWarningCodeSchema,
  RecordWarningSchema,
  ReprintAddressSchema,
  WosRecordSchema,
} from "./read/wos-record.ts";
export type { XmlParser, XmlReadOptions } from "./read/xml.ts";
export { createXmlParser, parseXml, readXml } from "./read/xml.ts";
