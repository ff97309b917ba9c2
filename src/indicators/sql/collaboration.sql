-- copub: the collaboration table (docs/methodology.md §5.2, §6) over the Parquet corpus
-- (docs/parquet.md). One text for DuckDB and Spark SQL: plain SELECTs over the views below.
--
-- Reads the tables papers, paper_country, paper_field, paper_counting_warning, and two views
-- the caller defines (copub sql does; docs/scale-out.md shows them for Spark):
--   copub_periods(period STRING, year_from INT, year_to INT): the periods of the table
--   copub_params(counting STRING, method STRING, by_field BOOLEAN): 'integer' or 'fractional';
--     the fractional method, nistep (§4.2, institution units), cwts (§4.3), country, address
--     or author (§4.4), or cwts_renormalized / author_renormalized (the cwtsRenormalize
--     switch), read from the w_<method> column of paper_country; rows per NISTEP broad field
--     or not
--
-- Counts are window averages (sums over the period's years divided by its length); the rate
-- is the ratio of the period's integer sums (§6). Each statement below is named by the
-- "query:" line before it: a view shared by the results, then the results.
--
-- Sums are exact, so they do not depend on the order the engine adds in (its threads, its
-- partitions): each term is a double (a weight, or weight x field share), and a double of the
-- sizes weights have is a whole multiple of 2^-96, so CAST(term * POWER(2, 96) AS DECIMAL(38,0))
-- is the term exactly, as a whole number that DECIMAL sums exactly (up to 2^30 papers in a
-- cell). A sum becomes a double once, at the end: CAST(sum AS DOUBLE) / POWER(2, 96).

-- query: cell_papers
-- Each paper in scope in each period and field row it counts in: "all" with weight 1 and,
-- with the field split, each of its NISTEP broad fields with its share (§7.2).
CREATE OR REPLACE TEMPORARY VIEW copub_collaboration_cell_papers AS
WITH field_row AS (
  SELECT p.ut, 'all' AS field, CAST(1 AS DOUBLE) AS field_weight
  FROM papers p
  WHERE p.in_scope
  UNION ALL
  SELECT f.ut, f.field, f.weight AS field_weight
  FROM paper_field f CROSS JOIN copub_params prm
  WHERE f.scheme = 'nistep' AND prm.by_field
),
field_order AS (
  SELECT field, position
  FROM (VALUES ('all', 0), ('chem', 1), ('mat', 2), ('phys', 3), ('csmath', 4), ('eng', 5),
               ('envgeo', 6), ('clin', 7), ('life', 8), ('other', 9)) AS f(field, position)
)
SELECT p.ut, per.period, per.year_from, per.year_to, fr.field, fo.position AS field_position,
       fr.field_weight, p.collaboration_type
FROM papers p
JOIN copub_periods per ON p.year >= per.year_from AND p.year <= per.year_to
JOIN field_row fr ON fr.ut = p.ut
JOIN field_order fo ON fo.field = fr.field
WHERE p.in_scope;

-- query: rows
WITH country_sums AS (
  -- Integer counting: weight 1 per country; fractional: the method's weight (§4.1–§4.4).
  SELECT c.country, cp.period, cp.year_from, cp.year_to, cp.field, cp.field_position, cp.collaboration_type,
         SUM(CAST(cp.field_weight * POWER(2, 96) AS DECIMAL(38,0))) AS integer_sum,
         SUM(CAST(cp.field_weight * CASE prm.method
                                      WHEN 'nistep' THEN c.w_nistep
                                      WHEN 'cwts' THEN c.w_cwts
                                      WHEN 'country' THEN c.w_country
                                      WHEN 'address' THEN c.w_address
                                      WHEN 'author' THEN c.w_author
                                      WHEN 'cwts_renormalized' THEN c.w_cwts_renormalized
                                      WHEN 'author_renormalized' THEN c.w_author_renormalized
                                    END * POWER(2, 96) AS DECIMAL(38,0))) AS fractional_sum
  FROM copub_collaboration_cell_papers cp
  JOIN paper_country c ON c.ut = cp.ut
  CROSS JOIN copub_params prm
  GROUP BY c.country, cp.period, cp.year_from, cp.year_to, cp.field, cp.field_position, cp.collaboration_type
),
world_sums AS (
  -- The world counts each attributable paper once, under either counting (§4.6).
  SELECT 'WORLD' AS country, period, year_from, year_to, field, field_position, collaboration_type,
         SUM(CAST(CASE WHEN collaboration_type IS NULL THEN 0 ELSE field_weight END * POWER(2, 96)
                  AS DECIMAL(38,0))) AS integer_sum,
         SUM(CAST(CASE WHEN collaboration_type IS NULL THEN 0 ELSE field_weight END * POWER(2, 96)
                  AS DECIMAL(38,0))) AS fractional_sum
  FROM copub_collaboration_cell_papers
  GROUP BY period, year_from, year_to, field, field_position, collaboration_type
),
sums AS (
  SELECT s.country, s.period, s.year_from, s.year_to, s.field, s.field_position, s.collaboration_type,
         s.integer_sum,
         CASE WHEN prm.counting = 'fractional' THEN s.fractional_sum ELSE s.integer_sum END AS counted
  FROM (SELECT * FROM country_sums UNION ALL SELECT * FROM world_sums) s CROSS JOIN copub_params prm
),
cells AS (
  SELECT country, period, year_from, year_to, field, field_position,
    SUM(counted) AS papers,
    SUM(CASE WHEN collaboration_type IN ('domesticSingle', 'domesticMulti') THEN counted ELSE 0 END) AS domestic,
    SUM(CASE WHEN collaboration_type = 'domesticSingle' THEN counted ELSE 0 END) AS domestic_single,
    SUM(CASE WHEN collaboration_type = 'domesticMulti' THEN counted ELSE 0 END) AS domestic_multi,
    SUM(CASE WHEN collaboration_type IN ('bilateral', 'multilateral') THEN counted ELSE 0 END) AS international,
    SUM(CASE WHEN collaboration_type = 'bilateral' THEN counted ELSE 0 END) AS bilateral,
    SUM(CASE WHEN collaboration_type = 'multilateral' THEN counted ELSE 0 END) AS multilateral,
    SUM(integer_sum) AS integer_papers,
    SUM(CASE WHEN collaboration_type IN ('bilateral', 'multilateral') THEN integer_sum ELSE 0 END) AS integer_international
  FROM sums
  GROUP BY country, period, year_from, year_to, field, field_position
)
SELECT country, period, field,
  CAST(papers AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS papers,
  CAST(domestic AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS domestic,
  CAST(domestic_single AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS domestic_single_institution,
  CAST(domestic_multi AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS domestic_multi_institution,
  CAST(international AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS international,
  CAST(bilateral AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS bilateral,
  CAST(multilateral AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS multilateral,
  CASE WHEN integer_papers = 0 THEN NULL
       ELSE CAST(integer_international AS DOUBLE) / CAST(integer_papers AS DOUBLE) END AS international_share
FROM cells
ORDER BY CASE WHEN country = 'WORLD' THEN 1 ELSE 0 END, country, year_from, year_to, field_position;

-- query: unattributed
-- Per period and field: every paper in scope, the attributable ones and those without a
-- country (§4.6), window averages.
SELECT period, field,
  CAST(SUM(CAST(field_weight * POWER(2, 96) AS DECIMAL(38,0))) AS DOUBLE) / POWER(2, 96)
    / (year_to - year_from + 1) AS in_scope,
  CAST(SUM(CAST(CASE WHEN collaboration_type IS NULL THEN 0 ELSE field_weight END * POWER(2, 96) AS DECIMAL(38,0)))
       AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS attributable,
  CAST(SUM(CAST(CASE WHEN collaboration_type IS NULL THEN field_weight ELSE 0 END * POWER(2, 96) AS DECIMAL(38,0)))
       AS DOUBLE) / POWER(2, 96) / (year_to - year_from + 1) AS unattributed
FROM copub_collaboration_cell_papers
GROUP BY period, year_from, year_to, field, field_position
ORDER BY year_from, year_to, field_position;

-- query: totals
-- Papers read (in scope), those in no period, and under fractional counting the papers with a
-- year on which the method recorded each warning (§4.2, §4.3).
WITH in_periods AS (
  SELECT DISTINCT p.ut
  FROM papers p
  JOIN copub_periods per ON p.year >= per.year_from AND p.year <= per.year_to
  WHERE p.in_scope
)
SELECT 'papers_read' AS item, COUNT(*) AS value FROM papers WHERE in_scope
UNION ALL
SELECT 'papers_outside_periods' AS item,
       (SELECT COUNT(*) FROM papers WHERE in_scope) - (SELECT COUNT(*) FROM in_periods) AS value
UNION ALL
SELECT w.warning AS item, COUNT(*) AS value
FROM paper_counting_warning w
JOIN papers p ON p.ut = w.ut
CROSS JOIN copub_params prm
WHERE p.in_scope AND p.year IS NOT NULL AND w.method = prm.method AND prm.counting = 'fractional'
GROUP BY w.warning;
