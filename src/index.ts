/**
 * copub: international research collaboration indicators from Web of Science exports.
 * This module is the whole public API; it only re-exports.
 */

export type { AuthorNames } from "./corpus/author-names.ts";
export { AuthorNamesSchema, authorNames } from "./corpus/author-names.ts";
export type { CorpusBuilder } from "./corpus/build-corpus.ts";
export { buildCorpus, createCorpusBuilder } from "./corpus/build-corpus.ts";
export type { Corpus, CorpusAccounting, FileAccount } from "./corpus/corpus.ts";
export { CorpusAccountingSchema, CorpusSchema } from "./corpus/corpus.ts";
export type { SavedCorpusFilters, SavedCorpusReadOptions } from "./corpus/corpus-file.ts";
export { isSavedCorpus, readCorpus, streamCorpus } from "./corpus/corpus-file.ts";
export type { CorpusOptions, CorpusOptionsInput } from "./corpus/corpus-options.ts";
export { CorpusOptionsSchema } from "./corpus/corpus-options.ts";
export type { CorpusPaper } from "./corpus/corpus-paper.ts";
export { CorpusPaperSchema } from "./corpus/corpus-paper.ts";
export type { DocTypeOptions } from "./corpus/doc-type-scope.ts";
export {
  DOC_TYPE_PROFILES,
  DocTypeOptionsSchema,
  documentTypeScope,
  NISTEP_DOC_TYPES,
} from "./corpus/doc-type-scope.ts";
export type { DuplicateReport } from "./corpus/duplicates.ts";
export { DuplicateReportSchema } from "./corpus/duplicates.ts";
export type { LoadCorpusOptions, LoadedCorpus } from "./corpus/load-corpus.ts";
export { loadCorpus } from "./corpus/load-corpus.ts";
// The corpus as Parquet tables and the indicators as SQL (issue 21, docs/parquet.md, docs/scale-out.md).
export { inReferenceOnly, referencePopulation } from "./corpus/reference-population.ts";
export type { ManifestInput, RunDescription, RunManifest } from "./corpus/run-manifest.ts";
export {
  ManifestInputSchema,
  RunManifestSchema,
  runManifest,
} from "./corpus/run-manifest.ts";
export type { ExclusionReason, ScopeExclusion, ScopeFilters, ScopeFiltersInput } from "./corpus/scope.ts";
export { createScopeTest, ExclusionReasonSchema, ScopeFiltersSchema } from "./corpus/scope.ts";
export type { CopubErrorCode } from "./diagnostics/errors.ts";
export { CopubError } from "./diagnostics/errors.ts";
export type { SourceLocation } from "./diagnostics/location.ts";
export { SourceLocationSchema } from "./diagnostics/location.ts";
export type { ReadReport } from "./diagnostics/read-report.ts";
export { ReadReportSchema, sumReadReports } from "./diagnostics/read-report.ts";
export type { Rejection, RejectionCode } from "./diagnostics/rejection.ts";
export { formatRejection, RejectionCodeSchema, RejectionSchema } from "./diagnostics/rejection.ts";
export type {
  CollaborationOptionsInput,
  CollaborationRow,
  CollaborationTable,
} from "./indicators/collaboration/collaboration.ts";
export {
  CollaborationOptionsSchema,
  CollaborationRowSchema,
  CollaborationTableSchema,
  collaborationIndicators,
  collaborationIndicatorsFromStream,
} from "./indicators/collaboration/collaboration.ts";
export { collaborationFromSql } from "./indicators/collaboration/collaboration-sql.ts";
export type { CollaborationType } from "./indicators/collaboration/collaboration-type.ts";
export {
  CollaborationTypeSchema,
  collaborationType,
  InternationalClassesSchema,
  internationalClass,
} from "./indicators/collaboration/collaboration-type.ts";
export type {
  CwtsCollaborationOptionsInput,
  CwtsCollaborationRow,
  CwtsCollaborationTable,
} from "./indicators/collaboration/cwts-collaboration.ts";
export {
  CwtsCollaborationOptionsSchema,
  CwtsCollaborationRowSchema,
  CwtsCollaborationTableSchema,
  cwtsCollaboration,
  cwtsCollaborationFromStream,
} from "./indicators/collaboration/cwts-collaboration.ts";
export type {
  IncitesCollaborationOptionsInput,
  IncitesCollaborationRow,
  IncitesCollaborationTable,
} from "./indicators/collaboration/incites-collaboration.ts";
export {
  IncitesCollaborationOptionsSchema,
  IncitesCollaborationRowSchema,
  IncitesCollaborationTableSchema,
  incitesCollaboration,
  incitesCollaborationFromStream,
} from "./indicators/collaboration/incites-collaboration.ts";
export type { TableAccount, UnattributedRow } from "./indicators/collaboration/table-account.ts";
export { TableAccountSchema, UnattributedRowSchema } from "./indicators/collaboration/table-account.ts";
export type { WorldShareRow } from "./indicators/collaboration/world-shares.ts";
export { WorldShareRowSchema, worldShares } from "./indicators/collaboration/world-shares.ts";
export type { PeriodPlan, Periods, PeriodsInput } from "./indicators/core/periods.ts";
export {
  comparePeriods,
  MissingYearsError,
  PeriodsSchema,
  periodLabel,
  periodPlan,
  WindowTooLongError,
  yearCount,
} from "./indicators/core/periods.ts";
export { WORLD } from "./indicators/core/row-keys.ts";
export type { Cell, ExportedPaper, PaperRows, Row } from "./indicators/corpus-tables/paper-rows.ts";
export { countryDimensionRows, exportedPapers, paperRows } from "./indicators/corpus-tables/paper-rows.ts";
export type { ColumnType, TableColumn, TableSpec } from "./indicators/corpus-tables/table-columns.ts";
export { CORPUS_TABLES, MEMBERSHIP_UNITS, tableSpec } from "./indicators/corpus-tables/table-columns.ts";
export { addressWeights } from "./indicators/counting/address-counting.ts";
export { authorWeights } from "./indicators/counting/author-counting.ts";
export type {
  CountingFunction,
  CountingMethod,
  CountingOptions,
  CountingOptionsInput,
} from "./indicators/counting/counting-weights.ts";
export {
  CountingMethodSchema,
  CountingOptionsSchema,
  countingFunction,
  countingWeights,
} from "./indicators/counting/counting-weights.ts";
export { countryEqualWeights } from "./indicators/counting/country-equal-counting.ts";
export type {
  CountingWarning,
  CountryWeight,
  ExactShare,
  PaperWeights,
} from "./indicators/counting/country-weights.ts";
export {
  CountingWarningSchema,
  CountryWeightSchema,
  ExactShareSchema,
  PaperWeightsSchema,
} from "./indicators/counting/country-weights.ts";
export type { AuthorCountingOptionsInput } from "./indicators/counting/cwts-counting.ts";
export { AuthorCountingOptionsSchema, cwtsWeights } from "./indicators/counting/cwts-counting.ts";
export { integerWeights } from "./indicators/counting/integer-counting.ts";
export type { NistepCountingOptionsInput } from "./indicators/counting/nistep-counting.ts";
export { NistepCountingOptionsSchema, nistepWeights } from "./indicators/counting/nistep-counting.ts";
export type {
  BaselineRow,
  BaselineTable,
  ImpactUnscoredReason,
} from "./indicators/impact/baseline-table.ts";
export {
  BaselineRowSchema,
  BaselineTableSchema,
  ImpactUnscoredReasonSchema,
} from "./indicators/impact/baseline-table.ts";
export { loadBaselinesCsv, parseBaselinesCsv } from "./indicators/impact/baseline-table-csv.ts";
export type { BaselineOptionsInput } from "./indicators/impact/citation-baselines.ts";
export {
  baselineRow,
  citationBaselines,
  citationBaselinesFromStream,
} from "./indicators/impact/citation-baselines.ts";
export type { ImpactOptionsInput } from "./indicators/impact/citation-impact.ts";
export { citationImpact, citationImpactFromStream } from "./indicators/impact/citation-impact.ts";
export type { SettledImpactOptions } from "./indicators/impact/impact-options.ts";
export {
  BASELINE_REQUIRED,
  ImpactOptionsSchema,
  settleImpactOptions,
} from "./indicators/impact/impact-options.ts";
export type { ImpactNotice, ImpactRow, ImpactTable } from "./indicators/impact/impact-table.ts";
export {
  ImpactNoticeSchema,
  ImpactRowSchema,
  ImpactTableSchema,
  UnattributedImpactRowSchema,
} from "./indicators/impact/impact-table.ts";
export type { CutoffTie, PartnerRank, RankMovement } from "./indicators/partners/partner-ranks.ts";
export {
  CutoffTieSchema,
  cutoffTie,
  PartnerRankSchema,
  partnerRanks,
  RankMovementSchema,
  rankMovement,
} from "./indicators/partners/partner-ranks.ts";
export type {
  PartnerGroup,
  PartnerOptionsInput,
  PartnerRow,
  PartnerTable,
} from "./indicators/partners/partners.ts";
export {
  PartnerGroupSchema,
  PartnerOptionsSchema,
  PartnerRowSchema,
  PartnerTableSchema,
  partners,
  partnersFromStream,
} from "./indicators/partners/partners.ts";
export { partnersFromSql } from "./indicators/partners/partners-sql.ts";
export type { Profile, ProfileName } from "./indicators/profiles/profiles.ts";
export { PROFILES, ProfileNameSchema, ProfileSchema } from "./indicators/profiles/profiles.ts";
export type {
  DuckDbOptions,
  ParquetCorpusMetadata,
  SqlRow,
  SqlSession,
  SqlValue,
} from "./indicators/sql/duckdb-corpus.ts";
export { openParquetCorpus } from "./indicators/sql/duckdb-corpus.ts";
export type { ParamColumn, SqlIndicator } from "./indicators/sql/shipped-sql.ts";
export {
  paramsStatement,
  runShippedSql,
  SQL_INDICATORS,
  shippedQueries,
  splitQueries,
  sqlFileUrl,
  sqlLiteral,
  sqlNumber,
  viewStatement,
} from "./indicators/sql/shipped-sql.ts";
export { periodsStatement, settlePeriods, yearsPresent } from "./indicators/sql/sql-periods.ts";
export type { CwtsTopCitedOptionsInput, CwtsTopCitedRow } from "./indicators/top-cited/cwts-top-cited.ts";
export {
  CwtsTopCitedOptionsSchema,
  CwtsTopCitedRowSchema,
  cwtsTopCited,
} from "./indicators/top-cited/cwts-top-cited.ts";
export type {
  IncitesTopCitedOptionsInput,
  IncitesTopCitedRow,
} from "./indicators/top-cited/incites-top-cited.ts";
export {
  IncitesTopCitedOptionsSchema,
  IncitesTopCitedRowSchema,
  incitesTopCited,
} from "./indicators/top-cited/incites-top-cited.ts";
export type {
  CitationCount,
  Membership,
  PaperReferenceSets,
  ReferenceSetKey,
  ReferenceSetKind,
  ReferenceSetOptionsInput,
  UnscoredReason,
} from "./indicators/top-cited/reference-sets.ts";
export {
  CitationCountSchema,
  paperReferenceSets,
  ReferenceSetKeySchema,
  ReferenceSetKindSchema,
  ReferenceSetOptionsSchema,
  UnscoredReasonSchema,
} from "./indicators/top-cited/reference-sets.ts";
export type { Percentile, ThresholdRow, ThresholdTable } from "./indicators/top-cited/threshold-table.ts";
export {
  PercentileSchema,
  ThresholdRowSchema,
  ThresholdTableSchema,
} from "./indicators/top-cited/threshold-table.ts";
export { loadThresholdsCsv, parseThresholdsCsv } from "./indicators/top-cited/threshold-table-csv.ts";
export { topCited, topCitedFromStream } from "./indicators/top-cited/top-cited.ts";
export { topCitedFromSql } from "./indicators/top-cited/top-cited-sql.ts";
export type { TopCitedRow, TopCitedTable } from "./indicators/top-cited/top-cited-table.ts";
export { TopCitedRowSchema, TopCitedTableSchema } from "./indicators/top-cited/top-cited-table.ts";
export type { TopCitedOptionsInput } from "./indicators/top-cited/top-options.ts";
export {
  checkReferenceTable,
  checkThresholdTable,
  defaultReferenceSets,
  REFERENCE_REQUIRED,
  requireReference,
  TopCitedOptionsSchema,
} from "./indicators/top-cited/top-options.ts";
export type { ThresholdOptionsInput } from "./indicators/top-cited/top-thresholds.ts";
export { topThresholds, topThresholdsFromStream } from "./indicators/top-cited/top-thresholds.ts";
export type { TopMethod, TopSplit } from "./indicators/top-cited/top-weights.ts";
export { incitesPercentiles, TopMethodSchema, TopSplitSchema } from "./indicators/top-cited/top-weights.ts";
export type { Betweenness, BetweennessOptions, BetweennessSample } from "./networks/betweenness.ts";
export { betweennessCentrality } from "./networks/betweenness.ts";
export type { NetworkPaper } from "./networks/build-network.ts";
export { buildNetwork } from "./networks/build-network.ts";
export { closenessCentrality } from "./networks/closeness.ts";
export { localClustering, transitivity } from "./networks/clustering.ts";
export type { Communities, Community, LouvainOptions } from "./networks/communities.ts";
export { DEFAULT_SEED, louvainCommunities } from "./networks/communities.ts";
export { connectedComponents } from "./networks/components.ts";
export { pairContribution } from "./networks/edge-weight.ts";
export type { EigenvectorOptions } from "./networks/eigenvector.ts";
export { eigenvectorCentrality } from "./networks/eigenvector.ts";
export type { InnermostCore } from "./networks/k-core.ts";
export { coreNumbers, innermostCore } from "./networks/k-core.ts";
export { measureNetwork } from "./networks/measure-network.ts";
export type { MetricCost } from "./networks/metric-cost.ts";
export { DEFAULT_MAX_METRIC_STEPS, metricCosts } from "./networks/metric-cost.ts";
export type { CappedPaper, Network, NetworkEdge, NetworkNode, NetworkReport } from "./networks/network.ts";
export type {
  NetworkEdgeAttributes,
  NetworkGraphAttributes,
  NetworkNodeAttributes,
} from "./networks/network-attributes.ts";
export type { NetworkGraph } from "./networks/network-graph.ts";
export { networkGraph } from "./networks/network-graph.ts";
export type {
  EdgeWeight,
  NetworkLevel,
  NetworkOptions,
  NetworkOptionsInput,
  Normalization,
  PruneOptions,
  PruneOptionsInput,
} from "./networks/network-options.ts";
export {
  EdgeWeightSchema,
  NetworkLevelSchema,
  NetworkOptionsSchema,
  NormalizationSchema,
  PruneOptionsSchema,
} from "./networks/network-options.ts";
export { nodeLabel } from "./networks/node-label.ts";
export type {
  CompleteNetworkMetrics,
  CompleteNodeMetrics,
  Metric,
  MetricProgress,
  NetworkMetrics,
  NetworkMetricsOptions,
  NodeMetrics,
} from "./networks/node-metrics.ts";
export { ALL_METRICS, MetricSchema, networkMetrics } from "./networks/node-metrics.ts";
export type { NormalizationInput } from "./networks/normalization.ts";
export { normalizedWeight } from "./networks/normalization.ts";
export type { PageRankOptions } from "./networks/pagerank.ts";
export { pageRank } from "./networks/pagerank.ts";
export type { PaperNodeSource } from "./networks/paper-nodes.ts";
export { institutionNodeKey, paperNodes } from "./networks/paper-nodes.ts";
export { pruneNetwork } from "./networks/prune-network.ts";
export { nodeDegree, nodeStrength } from "./networks/strength.ts";
export type { NormalizedAuthor } from "./normalize/authors.ts";
export { AuthorKeySourceSchema, NormalizedAuthorSchema } from "./normalize/authors.ts";
export type { CountryInference, CountryWarning, ResolvedCountry } from "./normalize/countries.ts";
export { resolveAddressCountry, resolveCountry } from "./normalize/countries.ts";
export { countryAlpha3 } from "./normalize/country-codes.ts";
export type { CountryOptions, CountryOptionsInput } from "./normalize/country-options.ts";
export { CountryOptionsSchema } from "./normalize/country-options.ts";
export { countryKeyOf, countryName, nearestCountries } from "./normalize/country-vocabulary.ts";
export type { DocumentType, DocumentTypes } from "./normalize/document-types.ts";
export { DocumentTypeSchema, normalizeDocumentTypes } from "./normalize/document-types.ts";
export type { FieldKey } from "./normalize/field-vocabulary.ts";
export { fieldKeyOf, fieldName, nearestFields } from "./normalize/field-vocabulary.ts";
export type { EsiShare, FieldOptions, Fields, NistepShare } from "./normalize/fields.ts";
export { assignFields, FieldOptionsSchema } from "./normalize/fields.ts";
export type { InstitutionUnit } from "./normalize/institutions.ts";
export { institutionKey, institutionUnits } from "./normalize/institutions.ts";
export type { JournalFieldTable } from "./normalize/journal-fields.ts";
export { loadJournalFieldsCsv, parseJournalFieldsCsv } from "./normalize/journal-fields.ts";
export { createNormalizer, normalize } from "./normalize/normalize.ts";
export type { NormalizeOptions, NormalizeOptionsInput } from "./normalize/normalize-options.ts";
export { DEFAULT_NORMALIZE_OPTIONS, NormalizeOptionsSchema } from "./normalize/normalize-options.ts";
export { validOrcid } from "./normalize/orcid.ts";
export type { NormalizedPaper, PaperWarning, PaperWarningCode } from "./normalize/paper.ts";
export { NormalizedPaperSchema, PaperWarningCodeSchema } from "./normalize/paper.ts";
export type { AddressSource, NormalizedAddress } from "./normalize/paper-addresses.ts";
export { AddressSourceSchema, NormalizedAddressSchema } from "./normalize/paper-addresses.ts";
export type { PublicationYear, YearOptions, YearWindow } from "./normalize/publication-year.ts";
export { publicationYear, YearOptionsSchema, YearWindowSchema } from "./normalize/publication-year.ts";
export type { UnresolvedToken } from "./normalize/unresolved-countries.ts";
export { unresolvedCountryTokens } from "./normalize/unresolved-countries.ts";
export type { FileContent, FolderFile, WriteFileOptions, WriteFolderOptions } from "./output/atomic-write.ts";
export { writeFileAtomically, writeFolderAtomically } from "./output/atomic-write.ts";
export { BASELINE_COLUMNS, baselinesCsv } from "./output/baselines-csv.ts";
export {
  COLLABORATION_COLUMNS,
  collaborationCsv,
  collaborationMarkdown,
  UNATTRIBUTED,
} from "./output/collaboration-table.ts";
export { writeCorpus } from "./output/corpus-file.ts";
export { impactHtml } from "./output/impact-html.ts";
export { IMPACT_COLUMNS, impactCsv, impactMarkdown } from "./output/impact-table.ts";
export { jsonArray, jsonChunks, toJson } from "./output/json.ts";
export { toManifestJson } from "./output/manifest-json.ts";
export { gexfChunks, toGexf } from "./output/network/to-gexf.ts";
export { graphJsonChunks, toGraphJson } from "./output/network/to-graph-json.ts";
export { graphmlChunks, toGraphml } from "./output/network/to-graphml.ts";
export { metricsJsonChunks, toMetricsJson } from "./output/network/to-metrics-json.ts";
export type { NetworkCsv, NetworkCsvChunks } from "./output/network/to-network-csv.ts";
export { networkCsvChunks, toNetworkCsv } from "./output/network/to-network-csv.ts";
export type { VosviewerChunks, VosviewerFiles } from "./output/network/to-vosviewer.ts";
export { toVosviewer, vosviewerChunks } from "./output/network/to-vosviewer.ts";
export type { ParquetCorpusWriter, RowCounts } from "./output/parquet-corpus.ts";
export {
  createParquetCorpusWriter,
  NULL_PARTITION,
  PARQUET_FORMAT,
  PARQUET_METADATA_FILE,
  parquetSchema,
} from "./output/parquet-corpus.ts";
export { partnersHtml } from "./output/partners-html.ts";
export { PARTNER_COLUMNS, partnersCsv, partnersMarkdown } from "./output/partners-table.ts";
export { programmeHtml } from "./output/programme-html.ts";
export {
  PROGRAMME_CSV_COLUMNS,
  programmeCsv,
  programmeJson,
  programmeMarkdown,
} from "./output/programme-table.ts";
export type { ReportMarkdownOptionsInput } from "./output/report.ts";
export { ReportMarkdownOptionsSchema, reportMarkdown } from "./output/report.ts";
export type { Report, ReportTop, ShownCountry } from "./output/report-content.ts";
export { ReportSchema, ReportTopSchema, ShownCountrySchema } from "./output/report-content.ts";
export { reportWorkbook } from "./output/report-workbook.ts";
export { fixed, round } from "./output/round.ts";
export type { Text, TextChunks } from "./output/text-chunks.ts";
export { joinChunks } from "./output/text-chunks.ts";
export {
  fractionCells,
  referenceTableCsv,
  THRESHOLD_COLUMNS,
  thresholdsCsv,
} from "./output/thresholds-csv.ts";
export { TOP_CITED_COLUMNS, topCitedCsv, topCitedMarkdown } from "./output/top-cited-table.ts";
export type { PaperDates, PaperFiscalYear } from "./programme/fiscal-year.ts";
export { dateMonth, fiscalYearOf, paperFiscalYear } from "./programme/fiscal-year.ts";
export { grantIdInText, normalizeGrantId } from "./programme/grant-ids.ts";
export { programme, programmeFromStream } from "./programme/programme.ts";
export type { ProgrammeOptions, ProgrammeOptionsInput } from "./programme/programme-options.ts";
export { ProgrammeOptionsSchema } from "./programme/programme-options.ts";
export type {
  MatchedBy,
  ProgrammeAccounting,
  ProgrammeMatch,
  ProgrammePaper,
  ProgrammeResult,
  ProgrammeRow,
  ProgrammeTotal,
  ProgrammeWarning,
  TargetComparison,
  UnmatchedIdentifier,
} from "./programme/programme-result.ts";
export { ProgrammeResultSchema } from "./programme/programme-result.ts";
export type { Project } from "./programme/project-table.ts";
export { loadProjectTable, PROJECT_COLUMNS, parseProjectTable } from "./programme/project-table.ts";
export type { Target } from "./programme/target-table.ts";
export { loadTargetTable, parseTargetTable } from "./programme/target-table.ts";
export type { Collected } from "./read/collect.ts";
export { collect, tally } from "./read/collect.ts";
export { detectFormat } from "./read/detect-format.ts";
export type { GunzipOptions } from "./read/gunzip.ts";
export { gunzipChunks, isGzip } from "./read/gunzip.ts";
export { normalizeDoi, normalizeUt } from "./read/identifiers.ts";
export type { InputFile } from "./read/input-files.ts";
export { listInputFiles } from "./read/input-files.ts";
export type { OpenWosOptions, WosReading } from "./read/open-wos.ts";
export { openWos } from "./read/open-wos.ts";
export type { PlainTextParser } from "./read/plain-text.ts";
export { createPlainTextParser, parsePlainText, readPlainText } from "./read/plain-text.ts";
export type { ForEachInputOptions, SkippedFile } from "./read/read-inputs.ts";
export { forEachInput } from "./read/read-inputs.ts";
export type { ReadItem, ReadOptions, WosFormat } from "./read/read-item.ts";
export type { ReadLimits } from "./read/read-limits.ts";
export { DEFAULT_READ_LIMITS, readLimits } from "./read/read-limits.ts";
export type { ProgressListener, ProgressPhase, ReadProgress } from "./read/read-progress.ts";
export { PROGRESS_RECORD_STEP, ProgressPhaseSchema, ReadProgressSchema } from "./read/read-progress.ts";
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
export { buildReport } from "./report/build-report.ts";
export { mostPapers } from "./report/most-papers.ts";
export type { ReportFile } from "./report/report-files.ts";
export { ReportFileSchema, reportFiles } from "./report/report-files.ts";
export type { ReportOptions, ReportOptionsInput } from "./report/report-options.ts";
export { ReportOptionsSchema } from "./report/report-options.ts";
export type { DatedPaper, ReportWindowOptions, ReportWindows } from "./report/report-windows.ts";
export { ReportWindowsSchema, reportWindows } from "./report/report-windows.ts";
