-- copub: the adjusted Top10% (Top1%) table (docs/methodology.md §8.3–§8.5, §6) over the
-- Parquet corpus (docs/parquet.md), with thresholds computed from the corpus (reference
-- "corpus", §8.1) or given as a threshold table. One text for DuckDB and Spark SQL: plain
-- SELECTs over the views below.
--
-- Reads the tables papers, citations, paper_country, paper_field, paper_category, and three
-- views the caller defines (copub sql does; docs/scale-out.md shows them for Spark):
--   copub_periods(period STRING, year_from INT, year_to INT): the periods of the table
--   copub_params(percentile INT, method STRING, split STRING, counting STRING,
--     counting_method STRING, reference STRING, reference_sets STRING, citation_count STRING,
--     zero_citations_never_top BOOLEAN, by_field BOOLEAN, window_counts STRING, snapshot STRING):
--     10 or 1; tie-fraction, scale-all, inclusive, exclusive (§8.4) or incites (§8.5); adjusted
--     or raw; integer or fractional, and the fractional method: nistep (§4.2), cwts (§4.3),
--     country, address or author (§4.4), or cwts_renormalized / author_renormalized (the
--     cwtsRenormalize switch); corpus or table (thresholds from copub_thresholds_given);
--     field-year, field-year-type or category-year-type (§8.1); TC or Z9 (§8.2); §8.7's
--     switch; rows per NISTEP broad field; average (per year, NISTEP) or sum (CWTS, InCites)
--     over a window's years; the snapshot date for exports without DA (NULL for none)
--   copub_thresholds_given(field STRING, year INT, doc_type STRING, threshold INT,
--     factor_numerator BIGINT, factor_denominator BIGINT): with reference 'table', the
--     threshold of each reference set at the percentile, and the method's factor as an exact
--     fraction (the tie weight for tie-fraction, the scale factor for scale-all, NULL for the
--     others); empty (or ignored) with reference 'corpus'
--
-- The reference population is every exported paper (in_scope or not: papers left out only by
-- the country or field filters stay in the world they are compared with). Thresholds are exact:
-- memberships are whole units (paper_field.membership_units; a WoS Category counts the whole
-- paper, 232792560 units), so 100·n_> <= π·N is compared in 64-bit integers and each tie weight
-- is an exact fraction (numerator, denominator).
-- Each statement below is named by the "query:" line before it: views shared by the results
-- (thresholds once, not once per result), then the results.
--
-- Sums of weights are exact, so they do not depend on the order the engine adds in (its
-- threads, its partitions): each term is a double (counting weight x membership, or a set's sum
-- x its factor), and a double of the sizes weights have is a whole multiple of 2^-96, so
-- CAST(term * POWER(2, 96) AS DECIMAL(38,0)) is the term exactly, as a whole number that DECIMAL
-- sums exactly (up to 2^30 papers in a cell). A sum becomes a double only to be multiplied by a
-- factor or at the end: CAST(sum AS DOUBLE) / POWER(2, 96).

-- query: paper_sets
-- The reference-set keys of each paper (§8.1): its ESI fields with their shares, or its WoS
-- Categories, each counting the whole paper (InCites counts a document in each).
CREATE OR REPLACE TEMPORARY VIEW copub_top_paper_sets AS
SELECT f.ut, f.field, f.broad_field, f.weight AS m, f.membership_units
FROM paper_field f CROSS JOIN copub_params prm
WHERE f.scheme = 'esi' AND prm.reference_sets <> 'category-year-type'
UNION ALL
SELECT k.ut, k.category AS field, CAST(NULL AS STRING) AS broad_field, CAST(1 AS DOUBLE) AS m,
       232792560 AS membership_units
FROM paper_category k CROSS JOIN copub_params prm
WHERE prm.reference_sets = 'category-year-type';

-- query: membership
-- Each paper with a year in each of its reference sets (§8.1), with its membership m(p, R),
-- as a double and in whole units, and its citation count (NULL: in no set, §8.7).
CREATE OR REPLACE TEMPORARY VIEW copub_top_membership AS
SELECT p.ut, p.year, p.in_scope, p.collaboration_type,
       CASE WHEN prm.reference_sets = 'field-year' THEN 'all' ELSE p.doc_type END AS doc_type,
       f.field, f.broad_field, f.m, f.membership_units,
       CASE WHEN prm.citation_count = 'Z9' THEN c.times_cited_all_databases ELSE c.times_cited END AS cit,
       c.snapshot
FROM papers p
JOIN citations c ON c.ut = p.ut
JOIN copub_top_paper_sets f ON f.ut = p.ut
CROSS JOIN copub_params prm
WHERE p.year IS NOT NULL;

-- query: sets
-- Per reference set: N, n_>(t), n_at in units, the threshold t = the smallest count with at
-- most π·N papers above it, the tie weight ω and the scale factor as fractions (§8.3, §8.4),
-- and the factor of the method's weighted papers; or, with a threshold table, its threshold
-- and factor.
CREATE OR REPLACE TEMPORARY VIEW copub_top_sets AS
WITH histogram AS (
  SELECT field, year, doc_type, cit, CAST(SUM(membership_units) AS BIGINT) AS at_units
  FROM copub_top_membership
  WHERE cit IS NOT NULL
  GROUP BY field, year, doc_type, cit
),
cumulative AS (
  SELECT field, year, doc_type, cit, at_units,
         CAST(SUM(at_units) OVER (PARTITION BY field, year, doc_type ORDER BY cit DESC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - at_units AS above_units,
         CAST(SUM(at_units) OVER (PARTITION BY field, year, doc_type) AS BIGINT) AS total_units
  FROM histogram
),
threshold AS (
  SELECT cu.field, cu.year, cu.doc_type, MIN(cu.cit) AS cit
  FROM cumulative cu CROSS JOIN copub_params prm
  WHERE 100 * cu.above_units <= prm.percentile * cu.total_units
  GROUP BY cu.field, cu.year, cu.doc_type
)
SELECT cu.field, cu.year, cu.doc_type, cu.cit AS threshold, cu.total_units, cu.above_units, cu.at_units,
       prm.percentile * cu.total_units - 100 * cu.above_units AS tie_numerator,
       100 * cu.at_units AS tie_denominator,
       prm.percentile * cu.total_units AS scale_numerator,
       100 * (cu.above_units + cu.at_units) AS scale_denominator,
       CASE WHEN prm.method = 'scale-all' THEN prm.percentile * cu.total_units
            ELSE prm.percentile * cu.total_units - 100 * cu.above_units END AS factor_numerator,
       CASE WHEN prm.method = 'scale-all' THEN 100 * (cu.above_units + cu.at_units)
            ELSE 100 * cu.at_units END AS factor_denominator
FROM cumulative cu
JOIN threshold t ON t.field = cu.field AND t.year = cu.year AND t.doc_type = cu.doc_type AND t.cit = cu.cit
CROSS JOIN copub_params prm
WHERE prm.reference = 'corpus'
UNION ALL
SELECT g.field, g.year, g.doc_type, g.threshold, CAST(NULL AS BIGINT) AS total_units,
       CAST(NULL AS BIGINT) AS above_units, CAST(NULL AS BIGINT) AS at_units,
       CAST(NULL AS BIGINT) AS tie_numerator, CAST(NULL AS BIGINT) AS tie_denominator,
       CAST(NULL AS BIGINT) AS scale_numerator, CAST(NULL AS BIGINT) AS scale_denominator,
       g.factor_numerator, g.factor_denominator
FROM copub_thresholds_given g CROSS JOIN copub_params prm
WHERE prm.reference = 'table';

-- query: unthresholded
-- Papers of which a reference set has no threshold (only with a threshold table): scored in no
-- set at all, reason no-threshold (§8.7).
CREATE OR REPLACE TEMPORARY VIEW copub_top_unthresholded AS
SELECT DISTINCT m.ut
FROM copub_top_membership m
LEFT JOIN copub_top_sets s ON s.field = m.field AND s.year = m.year AND s.doc_type = m.doc_type
WHERE m.cit IS NOT NULL AND s.field IS NULL;

-- query: standing
-- A paper in scope in one of its sets: full (τ = 1), partial (τ = the set's factor) or none.
-- InCites' percentile is at most π exactly when cit > t (§8.5), and a document in several
-- categories takes its best: top in one set, top in all.
CREATE OR REPLACE TEMPORARY VIEW copub_top_standing AS
WITH weighed AS (
  SELECT m.ut, m.year, m.collaboration_type, m.field, m.broad_field, m.doc_type, m.m,
         s.threshold, s.factor_numerator, s.factor_denominator,
         CASE
           WHEN prm.zero_citations_never_top AND s.threshold = 0 THEN 'none'
           WHEN prm.method IN ('tie-fraction', 'exclusive', 'incites') AND m.cit > s.threshold THEN 'full'
           WHEN prm.method = 'inclusive' AND m.cit >= s.threshold THEN 'full'
           WHEN (prm.method = 'tie-fraction' AND m.cit = s.threshold)
             OR (prm.method = 'scale-all' AND m.cit >= s.threshold) THEN
             CASE WHEN s.factor_numerator = 0 THEN 'none'
                  WHEN prm.split = 'raw' OR s.factor_numerator = s.factor_denominator THEN 'full'
                  ELSE 'partial' END
           ELSE 'none'
         END AS kind
  FROM copub_top_membership m
  JOIN copub_top_sets s ON s.field = m.field AND s.year = m.year AND s.doc_type = m.doc_type
  CROSS JOIN copub_params prm
  WHERE m.in_scope AND m.cit IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM copub_top_unthresholded u WHERE u.ut = m.ut)
)
SELECT w.ut, w.year, w.collaboration_type, w.field, w.broad_field, w.doc_type, w.m, w.threshold,
       w.factor_numerator, w.factor_denominator,
       CASE WHEN prm.method = 'incites'
                 AND MAX(CASE WHEN w.kind = 'full' THEN 1 ELSE 0 END) OVER (PARTITION BY w.ut) = 1 THEN 'full'
            ELSE w.kind END AS kind
FROM weighed w CROSS JOIN copub_params prm;

-- query: thresholds
-- With thresholds from the corpus, the sets of the periods' years: N, n_>(t), n_at (in units), t, ω and the scale factor as
-- fractions, π·N (in units), and whether the year is within two years of the latest citation
-- snapshot of the scored papers (or the snapshot parameter) (§8.7).
WITH snapshot AS (
  SELECT COALESCE(MAX(m.snapshot), MAX(prm.snapshot)) AS latest
  FROM copub_params prm
  LEFT JOIN copub_top_membership m ON m.cit IS NOT NULL
)
SELECT s.field, s.year, s.doc_type, prm.percentile, s.total_units, s.above_units, s.at_units, s.threshold,
       s.tie_numerator, s.tie_denominator, s.scale_numerator, s.scale_denominator,
       CASE WHEN sn.latest IS NULL THEN NULL
            ELSE s.year >= CAST(SUBSTRING(sn.latest, 1, 4) AS INT) - 2 END AS recent_citation_window
FROM copub_top_sets s
CROSS JOIN copub_params prm
CROSS JOIN snapshot sn
WHERE prm.reference = 'corpus'
  AND EXISTS (SELECT 1 FROM copub_periods per WHERE s.year >= per.year_from AND s.year <= per.year_to)
ORDER BY s.field, s.year, s.doc_type;

-- query: rows
-- Per country (and WORLD) × period × field: papers in a reference set and their Top-x% weight,
-- split by collaboration type, as sums per reference set multiplied by the set's exact factor
-- once; window averages (or sums).
WITH field_order AS (
  SELECT field, position
  FROM (VALUES ('all', 0), ('chem', 1), ('mat', 2), ('phys', 3), ('csmath', 4), ('eng', 5),
               ('envgeo', 6), ('clin', 7), ('life', 8), ('other', 9)) AS f(field, position)
),
part AS (
  -- The paper's part in the "all" row and, with the field split, in the NISTEP broad field of
  -- each of its sets (§7.2). InCites counts a document once, top or not as a whole, its field
  -- rows taking its NISTEP field shares (§8.5).
  SELECT s.ut, s.year, s.collaboration_type, 'all' AS row_field, s.field, s.doc_type, s.m, s.kind,
         s.factor_numerator, s.factor_denominator
  FROM copub_top_standing s CROSS JOIN copub_params prm
  WHERE prm.method <> 'incites'
  UNION ALL
  SELECT s.ut, s.year, s.collaboration_type, s.broad_field AS row_field, s.field, s.doc_type, s.m, s.kind,
         s.factor_numerator, s.factor_denominator
  FROM copub_top_standing s CROSS JOIN copub_params prm
  WHERE prm.by_field AND prm.method <> 'incites'
  UNION ALL
  SELECT d.ut, d.year, d.collaboration_type, d.row_field, '' AS field, '' AS doc_type, d.m, d.kind,
         CAST(NULL AS BIGINT) AS factor_numerator, CAST(NULL AS BIGINT) AS factor_denominator
  FROM (
    -- After the best-of every set of a document has the same kind: MIN takes it once.
    SELECT s.ut, s.year, s.collaboration_type, 'all' AS row_field, CAST(1 AS DOUBLE) AS m, MIN(s.kind) AS kind
    FROM copub_top_standing s CROSS JOIN copub_params prm
    WHERE prm.method = 'incites'
    GROUP BY s.ut, s.year, s.collaboration_type
    UNION ALL
    SELECT s.ut, s.year, s.collaboration_type, f.field AS row_field, f.weight AS m, MIN(s.kind) AS kind
    FROM copub_top_standing s
    JOIN paper_field f ON f.ut = s.ut AND f.scheme = 'nistep'
    CROSS JOIN copub_params prm
    WHERE prm.method = 'incites' AND prm.by_field
    GROUP BY s.ut, s.year, s.collaboration_type, f.field, f.weight
  ) d
),
weighted AS (
  -- Countries with their counting weight (integer 1, or the fractional method's, §4.2–§4.4); the world with weight 1
  -- for each attributable paper; papers without a country apart (query "unattributed").
  SELECT c.country, pt.ut, pt.year, pt.collaboration_type, pt.row_field, pt.field, pt.doc_type, pt.m, pt.kind,
         pt.factor_numerator, pt.factor_denominator,
         CASE WHEN prm.counting = 'integer' THEN CAST(1 AS DOUBLE)
              WHEN prm.counting_method = 'nistep' THEN c.w_nistep
              WHEN prm.counting_method = 'cwts' THEN c.w_cwts
              WHEN prm.counting_method = 'country' THEN c.w_country
              WHEN prm.counting_method = 'address' THEN c.w_address
              WHEN prm.counting_method = 'author' THEN c.w_author
              WHEN prm.counting_method = 'cwts_renormalized' THEN c.w_cwts_renormalized
              WHEN prm.counting_method = 'author_renormalized' THEN c.w_author_renormalized
         END AS w
  FROM part pt
  JOIN paper_country c ON c.ut = pt.ut
  CROSS JOIN copub_params prm
  UNION ALL
  SELECT CASE WHEN pt.collaboration_type IS NULL THEN 'UNATTRIBUTED' ELSE 'WORLD' END AS country,
         pt.ut, pt.year, pt.collaboration_type, pt.row_field, pt.field, pt.doc_type, pt.m, pt.kind,
         pt.factor_numerator, pt.factor_denominator, CAST(1 AS DOUBLE) AS w
  FROM part pt
),
by_set AS (
  SELECT wt.country, per.period, per.year_from, per.year_to, wt.row_field, wt.field, wt.year, wt.doc_type,
         wt.kind, wt.factor_numerator, wt.factor_denominator,
         SUM(CAST(wt.w * wt.m * POWER(2, 96) AS DECIMAL(38,0))) AS s_all,
         SUM(CASE WHEN wt.collaboration_type IN ('domesticSingle', 'domesticMulti')
                  THEN CAST(wt.w * wt.m * POWER(2, 96) AS DECIMAL(38,0)) ELSE 0 END) AS s_domestic,
         SUM(CASE WHEN wt.collaboration_type IN ('bilateral', 'multilateral')
                  THEN CAST(wt.w * wt.m * POWER(2, 96) AS DECIMAL(38,0)) ELSE 0 END) AS s_international,
         SUM(CASE WHEN wt.collaboration_type = 'bilateral'
                  THEN CAST(wt.w * wt.m * POWER(2, 96) AS DECIMAL(38,0)) ELSE 0 END) AS s_bilateral,
         SUM(CASE WHEN wt.collaboration_type = 'multilateral'
                  THEN CAST(wt.w * wt.m * POWER(2, 96) AS DECIMAL(38,0)) ELSE 0 END) AS s_multilateral
  FROM weighted wt
  JOIN copub_periods per ON wt.year >= per.year_from AND wt.year <= per.year_to
  GROUP BY wt.country, per.period, per.year_from, per.year_to, wt.row_field, wt.field, wt.year, wt.doc_type,
           wt.kind, wt.factor_numerator, wt.factor_denominator
),
cells AS (
  -- A set's sum times its factor (a double, as copub's own sum times the factor's value) is
  -- made exact again to be summed over the sets; the units stay 2^-96.
  SELECT country, period, year_from, year_to, row_field AS field,
         SUM(s_all) AS papers,
         SUM(CASE kind WHEN 'full' THEN s_all
                       WHEN 'partial' THEN CAST(CAST(s_all AS DOUBLE)
                                                * (CAST(factor_numerator AS DOUBLE) / CAST(factor_denominator AS DOUBLE))
                                                AS DECIMAL(38,0))
                       ELSE 0 END) AS top,
         SUM(CASE kind WHEN 'full' THEN s_domestic
                       WHEN 'partial' THEN CAST(CAST(s_domestic AS DOUBLE)
                                                * (CAST(factor_numerator AS DOUBLE) / CAST(factor_denominator AS DOUBLE))
                                                AS DECIMAL(38,0))
                       ELSE 0 END) AS top_domestic,
         SUM(CASE kind WHEN 'full' THEN s_international
                       WHEN 'partial' THEN CAST(CAST(s_international AS DOUBLE)
                                                * (CAST(factor_numerator AS DOUBLE) / CAST(factor_denominator AS DOUBLE))
                                                AS DECIMAL(38,0))
                       ELSE 0 END) AS top_international,
         SUM(CASE kind WHEN 'full' THEN s_bilateral
                       WHEN 'partial' THEN CAST(CAST(s_bilateral AS DOUBLE)
                                                * (CAST(factor_numerator AS DOUBLE) / CAST(factor_denominator AS DOUBLE))
                                                AS DECIMAL(38,0))
                       ELSE 0 END) AS top_bilateral,
         SUM(CASE kind WHEN 'full' THEN s_multilateral
                       WHEN 'partial' THEN CAST(CAST(s_multilateral AS DOUBLE)
                                                * (CAST(factor_numerator AS DOUBLE) / CAST(factor_denominator AS DOUBLE))
                                                AS DECIMAL(38,0))
                       ELSE 0 END) AS top_multilateral
  FROM by_set
  GROUP BY country, period, year_from, year_to, row_field
)
-- UNATTRIBUTED rows are the scored papers without a country: in no country, in the world's
-- Top-x% total (§4.6).
SELECT c.country, c.period, c.field,
       c.papers / c.divisor AS papers,
       c.top / c.divisor AS top,
       c.top_domestic / c.divisor AS top_domestic,
       c.top_international / c.divisor AS top_international,
       c.top_bilateral / c.divisor AS top_bilateral,
       c.top_multilateral / c.divisor AS top_multilateral,
       c.top AS top_sum,
       c.papers AS papers_sum
FROM (SELECT cs.country, cs.period, cs.year_from, cs.year_to, cs.field,
             CAST(cs.papers AS DOUBLE) / POWER(2, 96) AS papers,
             CAST(cs.top AS DOUBLE) / POWER(2, 96) AS top,
             CAST(cs.top_domestic AS DOUBLE) / POWER(2, 96) AS top_domestic,
             CAST(cs.top_international AS DOUBLE) / POWER(2, 96) AS top_international,
             CAST(cs.top_bilateral AS DOUBLE) / POWER(2, 96) AS top_bilateral,
             CAST(cs.top_multilateral AS DOUBLE) / POWER(2, 96) AS top_multilateral,
             CASE WHEN prm.window_counts = 'sum' THEN 1 ELSE cs.year_to - cs.year_from + 1 END AS divisor
      FROM cells cs CROSS JOIN copub_params prm) c
JOIN field_order fo ON fo.field = c.field
ORDER BY CASE c.country WHEN 'WORLD' THEN 1 WHEN 'UNATTRIBUTED' THEN 2 ELSE 0 END, c.country,
         c.year_from, c.year_to, fo.position;

-- query: totals
-- Papers read (in scope), those in no period, the papers of the reference population, the
-- papers in scope in no reference set per reason (§8.7; detail: the reason and its first UT,
-- for the order copub lists them in), the papers scored in a set whose threshold is 0, and the
-- citation snapshots of the scored papers.
WITH in_periods AS (
  SELECT DISTINCT p.ut
  FROM papers p
  JOIN copub_periods per ON p.year >= per.year_from AND p.year <= per.year_to
  WHERE p.in_scope
),
fields AS (
  SELECT ut, COUNT(*) AS sets FROM copub_top_paper_sets GROUP BY ut
),
reasons AS (
  SELECT p.ut, p.in_scope,
         CASE WHEN p.year IS NULL THEN 'no-year'
              WHEN f.sets IS NULL THEN 'no-field'
              WHEN (CASE WHEN prm.citation_count = 'Z9' THEN c.times_cited_all_databases ELSE c.times_cited END) IS NULL
                THEN 'no-citation-count'
              WHEN EXISTS (SELECT 1 FROM copub_top_unthresholded u WHERE u.ut = p.ut) THEN 'no-threshold'
         END AS reason,
         c.snapshot
  FROM papers p
  JOIN citations c ON c.ut = p.ut
  LEFT JOIN fields f ON f.ut = p.ut
  CROSS JOIN copub_params prm
)
SELECT 'papers_read' AS item, CAST(NULL AS STRING) AS detail, COUNT(*) AS value FROM papers WHERE in_scope
UNION ALL
SELECT 'papers_outside_periods' AS item, CAST(NULL AS STRING) AS detail,
       (SELECT COUNT(*) FROM papers WHERE in_scope) - (SELECT COUNT(*) FROM in_periods) AS value
UNION ALL
SELECT 'reference_papers' AS item, CAST(NULL AS STRING) AS detail, COUNT(*) AS value FROM papers
UNION ALL
SELECT 'unscored' AS item, CONCAT(reason, ' ', MIN(ut)) AS detail, COUNT(*) AS value
FROM reasons
WHERE in_scope AND reason IS NOT NULL
GROUP BY reason
UNION ALL
SELECT 'papers_at_zero_threshold' AS item, CAST(NULL AS STRING) AS detail, COUNT(DISTINCT st.ut) AS value
FROM copub_top_standing st
WHERE st.threshold = 0
UNION ALL
SELECT 'snapshot' AS item, snapshot AS detail, COUNT(*) AS value
FROM reasons
WHERE (reason IS NULL OR reason = 'no-threshold') AND snapshot IS NOT NULL
GROUP BY snapshot;
