/**
 * copub: international research collaboration indicators from Web of Science exports.
 *
 * This module is the public API a script, a notebook or a service calls: read exports into a
 * corpus, save and stream it, compute each indicator (collaboration, Top10%, citation impact,
 * partners), evaluate a funded programme, build and export the co-authorship networks, build the
 * report `copub report` writes, and run the indicators over a Parquet export in DuckDB. Each
 * function's options and results are exported as types. It only re-exports.
 *
 * Lower-level pieces have their own entry points, so that this one stays what a user calls:
 * `copub/read` (format parsers and the normalization steps), `copub/indicators` (counting
 * functions, reference sets, periods, profiles), `copub/networks` (graph algorithms one by one),
 * `copub/writers` (tables as CSV, Markdown and HTML; streamed forms of every writer; atomic
 * files) and `copub/sql` (the Parquet tables and the shipped SQL).
 * @packageDocumentation
 */

export type { ListLike } from "./common/list-like.ts";
// The corpus: load, build, save, read back, stream.
export type { AuthorNames } from "./corpus/author-names.ts";
export type { CorpusBuilder } from "./corpus/build-corpus.ts";
export { buildCorpus, createCorpusBuilder } from "./corpus/build-corpus.ts";
export type { Corpus, CorpusAccounting, FileAccount } from "./corpus/corpus.ts";
export type { SavedCorpusFilters, SavedCorpusReadOptions } from "./corpus/corpus-file.ts";
export { isSavedCorpus, readCorpus, streamCorpus } from "./corpus/corpus-file.ts";
export type { CorpusOptions, CorpusOptionsInput } from "./corpus/corpus-options.ts";
export type { CorpusPaper } from "./corpus/corpus-paper.ts";
export type { DocTypeOptions } from "./corpus/doc-type-scope.ts";
export type { DuplicateReport } from "./corpus/duplicates.ts";
export type { LoadCorpusOptions, LoadedCorpus } from "./corpus/load-corpus.ts";
export { loadCorpus } from "./corpus/load-corpus.ts";
export type { PaperProgress, PaperProgressListener } from "./corpus/paper-progress.ts";
export type { ExcludedPaper, ExcludedTable, PaperList, PaperTable } from "./corpus/paper-table.ts";
export { paperTable } from "./corpus/paper-table.ts";
export type { ManifestInput, RunDescription, RunManifest } from "./corpus/run-manifest.ts";
export { runManifest } from "./corpus/run-manifest.ts";
export type { ExclusionReason, ScopeExclusion, ScopeFilters, ScopeFiltersInput } from "./corpus/scope.ts";
// Errors and diagnostics.
export type { CopubErrorCode } from "./diagnostics/errors.ts";
export { CopubError } from "./diagnostics/errors.ts";
export type { SourceLocation } from "./diagnostics/location.ts";
export type { ReadReport } from "./diagnostics/read-report.ts";
export type { Rejection, RejectionCode } from "./diagnostics/rejection.ts";
export { formatRejection } from "./diagnostics/rejection.ts";
// Collaboration (methodology §5).
export type {
  CollaborationOptionsInput,
  CollaborationRow,
  CollaborationTable,
} from "./indicators/collaboration/collaboration.ts";
export {
  collaborationIndicators,
  collaborationIndicatorsFromStream,
} from "./indicators/collaboration/collaboration.ts";
// The corpus as Parquet and the indicators in DuckDB (docs/parquet.md, docs/scale-out.md).
export { collaborationFromSql } from "./indicators/collaboration/collaboration-sql.ts";
export type { CollaborationType } from "./indicators/collaboration/collaboration-type.ts";
export { collaborationType } from "./indicators/collaboration/collaboration-type.ts";
export type {
  CwtsCollaborationOptionsInput,
  CwtsCollaborationRow,
  CwtsCollaborationTable,
} from "./indicators/collaboration/cwts-collaboration.ts";
export {
  cwtsCollaboration,
  cwtsCollaborationFromStream,
} from "./indicators/collaboration/cwts-collaboration.ts";
export type {
  IncitesCollaborationOptionsInput,
  IncitesCollaborationRow,
  IncitesCollaborationTable,
} from "./indicators/collaboration/incites-collaboration.ts";
export {
  incitesCollaboration,
  incitesCollaborationFromStream,
} from "./indicators/collaboration/incites-collaboration.ts";
export type { TableAccount, UnattributedRow } from "./indicators/collaboration/table-account.ts";
export type { WorldShareRow } from "./indicators/collaboration/world-shares.ts";
export { worldShares } from "./indicators/collaboration/world-shares.ts";
// Periods, counting and what every table shares.
export type { StreamOptions } from "./indicators/core/define-indicator.ts";
export type { PeriodPlan, Periods, PeriodsInput } from "./indicators/core/periods.ts";
export { MissingYearsError, periodLabel } from "./indicators/core/periods.ts";
export { WORLD } from "./indicators/core/row-keys.ts";
export type {
  CountingFunction,
  CountingMethod,
  CountingOptions,
  CountingOptionsInput,
} from "./indicators/counting/counting-weights.ts";
export { countingWeights } from "./indicators/counting/counting-weights.ts";
export type {
  CountingWarning,
  CountryWeight,
  ExactShare,
  PaperWeights,
} from "./indicators/counting/country-weights.ts";
export type { AuthorCountingOptionsInput } from "./indicators/counting/cwts-counting.ts";
export type { NistepCountingOptionsInput } from "./indicators/counting/nistep-counting.ts";
// Citation impact (methodology §10).
export type { BaselineRow, BaselineTable, ImpactUnscoredReason } from "./indicators/impact/baseline-table.ts";
export { loadBaselinesCsv, parseBaselinesCsv } from "./indicators/impact/baseline-table-csv.ts";
export type { BaselineOptionsInput } from "./indicators/impact/citation-baselines.ts";
export { citationBaselines, citationBaselinesFromStream } from "./indicators/impact/citation-baselines.ts";
export type { ImpactOptionsInput } from "./indicators/impact/citation-impact.ts";
export { citationImpact, citationImpactFromStream } from "./indicators/impact/citation-impact.ts";
export type { SettledImpactOptions } from "./indicators/impact/impact-options.ts";
export type { ImpactNotice, ImpactRow, ImpactTable } from "./indicators/impact/impact-table.ts";
// Partners and rank movement (methodology §9).
export type { CutoffTie, PartnerRank, RankMovement } from "./indicators/partners/partner-ranks.ts";
export { partnerRanks, rankMovement } from "./indicators/partners/partner-ranks.ts";
export type {
  PartnerGroup,
  PartnerOptionsInput,
  PartnerRow,
  PartnerTable,
} from "./indicators/partners/partners.ts";
export { partners, partnersFromStream } from "./indicators/partners/partners.ts";
export { partnersFromSql } from "./indicators/partners/partners-sql.ts";
export type { Profile, ProfileName } from "./indicators/profiles/profiles.ts";
export { PROFILES } from "./indicators/profiles/profiles.ts";
export type {
  DuckDbOptions,
  ParquetCorpusMetadata,
  SqlRow,
  SqlSession,
  SqlValue,
} from "./indicators/sql/duckdb-corpus.ts";
export { openParquetCorpus } from "./indicators/sql/duckdb-corpus.ts";
// Top10% papers (methodology §8).
export type { CwtsTopCitedOptionsInput, CwtsTopCitedRow } from "./indicators/top-cited/cwts-top-cited.ts";
export { cwtsTopCited } from "./indicators/top-cited/cwts-top-cited.ts";
export type {
  IncitesTopCitedOptionsInput,
  IncitesTopCitedRow,
} from "./indicators/top-cited/incites-top-cited.ts";
export { incitesTopCited } from "./indicators/top-cited/incites-top-cited.ts";
export type {
  CitationCount,
  Membership,
  ReferenceSetKey,
  ReferenceSetKind,
  ReferenceSetOptionsInput,
  UnscoredReason,
} from "./indicators/top-cited/reference-sets.ts";
export type {
  CwtsTopCitedSqlOptionsInput,
  IncitesTopCitedSqlOptionsInput,
  SourceTableFromSql,
} from "./indicators/top-cited/source-tables-sql.ts";
export { cwtsTopCitedFromSql, incitesTopCitedFromSql } from "./indicators/top-cited/source-tables-sql.ts";
export type { Percentile, ThresholdRow, ThresholdTable } from "./indicators/top-cited/threshold-table.ts";
export { loadThresholdsCsv, parseThresholdsCsv } from "./indicators/top-cited/threshold-table-csv.ts";
export { topCited, topCitedFromStream } from "./indicators/top-cited/top-cited.ts";
export { topCitedFromSql, topCitedOverSetsFromSql } from "./indicators/top-cited/top-cited-sql.ts";
export type { TopCitedRow, TopCitedTable } from "./indicators/top-cited/top-cited-table.ts";
export type { TopCitedOptionsInput } from "./indicators/top-cited/top-options.ts";
export type { ThresholdOptionsInput } from "./indicators/top-cited/top-thresholds.ts";
export { topThresholds, topThresholdsFromStream } from "./indicators/top-cited/top-thresholds.ts";
export type { TopMethod, TopSplit } from "./indicators/top-cited/top-weights.ts";
// Co-authorship networks (methodology §11) and their files.
export type { Betweenness, BetweennessOptions, BetweennessSample } from "./networks/betweenness.ts";
export type { NetworkPaper } from "./networks/build-network.ts";
export { buildNetwork } from "./networks/build-network.ts";
export type { Communities, Community, LouvainOptions } from "./networks/communities.ts";
export type { EigenvectorOptions } from "./networks/eigenvector.ts";
export type { InnermostCore } from "./networks/k-core.ts";
export { innermostCore } from "./networks/k-core.ts";
export { measureNetwork } from "./networks/measure-network.ts";
export type { MetricCost } from "./networks/metric-cost.ts";
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
export type {
  CompleteNetworkMetrics,
  CompleteNodeMetrics,
  Metric,
  MetricProgress,
  NetworkMetrics,
  NetworkMetricsOptions,
  NodeMetrics,
} from "./networks/node-metrics.ts";
export { ALL_METRICS, networkMetrics } from "./networks/node-metrics.ts";
export type { PageRankOptions } from "./networks/pagerank.ts";
export { pruneNetwork } from "./networks/prune-network.ts";
// Normalizing records into papers; the country and field vocabularies.
export type { NormalizedAuthor } from "./normalize/authors.ts";
export type { CountryOptions, CountryOptionsInput } from "./normalize/country-options.ts";
export { countryKeyOf, countryName } from "./normalize/country-vocabulary.ts";
export type { EsiFieldId } from "./normalize/data/esi-fields.ts";
export type { NistepFieldKey } from "./normalize/data/nistep-fields.ts";
export type { DocumentType, DocumentTypes } from "./normalize/document-types.ts";
export type { FieldKey } from "./normalize/field-vocabulary.ts";
export { fieldKeyOf, fieldName } from "./normalize/field-vocabulary.ts";
export type { EsiShare, FieldOptions, Fields, NistepShare } from "./normalize/fields.ts";
export type { InstitutionUnit } from "./normalize/institutions.ts";
export type { JournalFieldTable } from "./normalize/journal-fields.ts";
export { loadJournalFieldsCsv } from "./normalize/journal-fields.ts";
export type { NormalizableRecord } from "./normalize/normalize.ts";
export { createNormalizer, normalize } from "./normalize/normalize.ts";
export type { NormalizeOptions, NormalizeOptionsInput } from "./normalize/normalize-options.ts";
export type { NormalizedPaper, PaperWarning, PaperWarningCode } from "./normalize/paper.ts";
export type { AddressSource, NormalizedAddress } from "./normalize/paper-addresses.ts";
export type { YearWindow, YearWindowInput } from "./normalize/publication-year.ts";
export { writeCorpus } from "./output/corpus-file.ts";
// Values as text.
export { toJson } from "./output/json.ts";
export { toGexf } from "./output/network/to-gexf.ts";
export { toGraphJson } from "./output/network/to-graph-json.ts";
export { toGraphml } from "./output/network/to-graphml.ts";
export { toMetricsJson } from "./output/network/to-metrics-json.ts";
export type { NetworkCsv } from "./output/network/to-network-csv.ts";
export { toNetworkCsv } from "./output/network/to-network-csv.ts";
export type { VosviewerFiles } from "./output/network/to-vosviewer.ts";
export { toVosviewer } from "./output/network/to-vosviewer.ts";
export type { ParquetCorpusWriter, RowCounts } from "./output/parquet-corpus.ts";
export { createParquetCorpusWriter } from "./output/parquet-corpus.ts";
// The report (what `copub report` writes).
export type { ReportMarkdownOptionsInput } from "./output/report.ts";
export { reportMarkdown } from "./output/report.ts";
export type { Report, ReportTop, ShownCountry } from "./output/report-content.ts";
export { reportHtml } from "./output/report-html.ts";
// Programme evaluation (methodology §12).
export type { PaperDates, PaperFiscalYear } from "./programme/fiscal-year.ts";
export { programme, programmeFromStream } from "./programme/programme.ts";
export type {
  ProgrammeOptions,
  ProgrammeOptionsInput,
  ProgrammeStreamOptions,
} from "./programme/programme-options.ts";
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
export type { Project } from "./programme/project-table.ts";
export { loadProjectTable, parseProjectTable } from "./programme/project-table.ts";
export type { Target } from "./programme/target-table.ts";
export { loadTargetTable, parseTargetTable } from "./programme/target-table.ts";
// Reading exports.
export type { Collected } from "./read/collect.ts";
export { collect } from "./read/collect.ts";
export type { OpenWosOptions, WosReading } from "./read/open-wos.ts";
export { openWos } from "./read/open-wos.ts";
export type { ForEachInputOptions, SkippedFile } from "./read/read-inputs.ts";
export { forEachInput } from "./read/read-inputs.ts";
export type { ReadItem, ReadOptions, WosFormat } from "./read/read-item.ts";
export type { ReadLimits } from "./read/read-limits.ts";
export type { ProgressListener, ProgressPhase, ReadProgress } from "./read/read-progress.ts";
export type {
  Address,
  AddressParts,
  Author,
  AuthorIdentifier,
  DescriptiveField,
  Grant,
  RecordWarning,
  RecordWarningCode,
  ReprintAddress,
  WosRecord,
} from "./read/wos-record.ts";
export { DESCRIPTIVE_FIELDS } from "./read/wos-record.ts";
export type { BuildReportOptions, ReportProgress, ReportSection } from "./report/build-report.ts";
export { buildReport } from "./report/build-report.ts";
export type { ReportFile } from "./report/report-files.ts";
export { reportFiles, writeReport } from "./report/report-files.ts";
export type { ReportOptions, ReportOptionsInput } from "./report/report-options.ts";
export type { ReportWindows } from "./report/report-windows.ts";
