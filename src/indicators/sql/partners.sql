-- copub: the partner table of a focal country (docs/methodology.md §9) over the Parquet corpus
-- (docs/parquet.md). One text for DuckDB and Spark SQL: plain SELECTs over the views below.
--
-- Reads the tables papers, paper_country, paper_field, countries, and three views the caller
-- defines (copub sql does; docs/scale-out.md shows them for Spark):
--   copub_periods(period STRING, year_from INT, year_to INT): the periods, the compare window
--     included
--   copub_params(focal STRING, compare_period STRING, compare_from INT, compare_to INT,
--     top_n INT, by_field BOOLEAN): the focal country's key; the compare window (NULLs for
--     none); the length of the top list (NULL for every partner); rows per NISTEP broad field
--   copub_highlight(country STRING): countries whose rows are kept wherever they rank
--
-- Integer counting (§9.1): a paper counts once in each of its partners' counts and once in each
-- NISTEP field it has a share in; a period's counts are sums over its years. Ranks are
-- competition ranks on the exact counts; equal counts are shown by ISO alpha-3 (§9.2).
-- Each statement below is named by the "query:" line before it.

-- query: ranked
-- Every partner of the focal country in every period and field, with its count, competition
-- rank and display position, the focal country's international papers |I_A| and the partner's
-- |I_B| (the reverse view).
CREATE OR REPLACE TEMPORARY VIEW copub_partners_ranked AS
WITH intl AS (
  -- International papers (two or more countries) in each period and field row.
  SELECT p.ut, per.period, per.year_from, per.year_to, 'all' AS field
  FROM papers p
  JOIN copub_periods per ON p.year >= per.year_from AND p.year <= per.year_to
  WHERE p.in_scope AND p.countries >= 2
  UNION ALL
  SELECT p.ut, per.period, per.year_from, per.year_to, f.field
  FROM papers p
  JOIN copub_periods per ON p.year >= per.year_from AND p.year <= per.year_to
  JOIN paper_field f ON f.ut = p.ut AND f.scheme = 'nistep' AND f.weight > 0
  CROSS JOIN copub_params prm
  WHERE p.in_scope AND p.countries >= 2 AND prm.by_field
),
focal_papers AS (
  SELECT i.ut, i.period, i.year_from, i.year_to, i.field
  FROM intl i
  JOIN paper_country c ON c.ut = i.ut
  CROSS JOIN copub_params prm
  WHERE c.country = prm.focal
),
focal_intl AS (
  SELECT period, field, COUNT(*) AS focal_international FROM focal_papers GROUP BY period, field
),
shared AS (
  SELECT f.period, f.year_from, f.year_to, f.field, c.country AS partner, COUNT(*) AS papers
  FROM focal_papers f
  JOIN paper_country c ON c.ut = f.ut
  CROSS JOIN copub_params prm
  WHERE c.country <> prm.focal
  GROUP BY f.period, f.year_from, f.year_to, f.field, c.country
),
partner_intl AS (
  SELECT i.period, i.field, c.country, COUNT(*) AS partner_international
  FROM intl i
  JOIN paper_country c ON c.ut = i.ut
  GROUP BY i.period, i.field, c.country
)
SELECT s.period, s.year_from, s.year_to, s.field, s.partner, s.papers,
       COALESCE(co.alpha3, s.partner) AS partner_alpha3,
       RANK() OVER (PARTITION BY s.period, s.field ORDER BY s.papers DESC) AS partner_rank,
       ROW_NUMBER() OVER (PARTITION BY s.period, s.field
                          ORDER BY s.papers DESC, COALESCE(co.alpha3, s.partner), s.partner) AS display_position,
       fi.focal_international, pi.partner_international
FROM shared s
JOIN focal_intl fi ON fi.period = s.period AND fi.field = s.field
JOIN partner_intl pi ON pi.period = s.period AND pi.field = s.field AND pi.country = s.partner
LEFT JOIN countries co ON co.country = s.partner;

-- query: rows
-- The first top_n partners of each period and field in display order, and the highlighted
-- countries wherever they rank, with the rank in the compare window (over all partners) for the
-- periods after it (§9.2).
SELECT prm.focal, r.period, r.field, r.partner_rank, r.partner, r.papers,
       CAST(r.papers AS DOUBLE) / r.focal_international AS share,
       cmp.partner_rank AS previous_rank,
       CASE WHEN prm.compare_period IS NOT NULL
                 AND (prm.compare_from < r.year_from OR (prm.compare_from = r.year_from AND prm.compare_to < r.year_to))
            THEN 1 ELSE 0 END AS compared,
       r.partner_alpha3,
       CASE WHEN prm.top_n IS NULL OR r.display_position <= prm.top_n THEN true ELSE false END AS in_top,
       r.focal_international, r.partner_international,
       CAST(r.papers AS DOUBLE) / r.partner_international AS reverse_share,
       r.year_from, r.year_to, r.display_position
FROM copub_partners_ranked r
CROSS JOIN copub_params prm
LEFT JOIN copub_partners_ranked cmp
  ON cmp.period = prm.compare_period AND cmp.field = r.field AND cmp.partner = r.partner
WHERE prm.top_n IS NULL OR r.display_position <= prm.top_n
   OR r.partner IN (SELECT country FROM copub_highlight)
ORDER BY r.year_from, r.year_to,
         CASE r.field WHEN 'all' THEN 0 WHEN 'chem' THEN 1 WHEN 'mat' THEN 2 WHEN 'phys' THEN 3
                      WHEN 'csmath' THEN 4 WHEN 'eng' THEN 5 WHEN 'envgeo' THEN 6 WHEN 'clin' THEN 7
                      WHEN 'life' THEN 8 ELSE 9 END,
         r.display_position;

-- query: groups
-- The focal country in every period and field (empty ones included): |I_A|, its partners, the
-- sum of all shares and of the top list's (§9.1, §9.4), and whether the cutoff splits a tie.
WITH field_order AS (
  SELECT f.field, f.field_position
  FROM (VALUES ('all', 0), ('chem', 1), ('mat', 2), ('phys', 3), ('csmath', 4), ('eng', 5),
               ('envgeo', 6), ('clin', 7), ('life', 8), ('other', 9)) AS f(field, field_position)
  CROSS JOIN copub_params prm
  WHERE f.field_position = 0 OR prm.by_field
),
cells AS (
  SELECT per.period, per.year_from, per.year_to, fo.field, fo.field_position
  FROM copub_periods per CROSS JOIN field_order fo
),
sums AS (
  SELECT r.period, r.field, MAX(r.focal_international) AS focal_international, COUNT(*) AS partners,
         SUM(r.papers) AS papers,
         SUM(CASE WHEN prm.top_n IS NULL OR r.display_position <= prm.top_n THEN r.papers ELSE 0 END) AS top_papers,
         MAX(CASE WHEN r.display_position = prm.top_n THEN r.papers END) AS last_papers,
         MAX(CASE WHEN r.display_position = prm.top_n + 1 THEN r.papers END) AS next_papers
  FROM copub_partners_ranked r CROSS JOIN copub_params prm
  GROUP BY r.period, r.field
)
SELECT c.period, c.field,
       CASE WHEN prm.compare_period IS NOT NULL
                 AND (prm.compare_from < c.year_from OR (prm.compare_from = c.year_from AND prm.compare_to < c.year_to))
            THEN prm.compare_period END AS compared_with,
       COALESCE(s.focal_international, 0) AS focal_international,
       COALESCE(s.partners, 0) AS partners,
       CAST(s.papers AS DOUBLE) / s.focal_international AS share_sum,
       CAST(s.top_papers AS DOUBLE) / s.focal_international AS top_share_sum,
       CASE WHEN s.last_papers IS NOT NULL AND s.last_papers = s.next_papers THEN true ELSE false END AS tie_at_cutoff,
       s.last_papers AS cutoff_papers
FROM cells c
CROSS JOIN copub_params prm
LEFT JOIN sums s ON s.period = c.period AND s.field = c.field
ORDER BY c.year_from, c.year_to, c.field_position;

-- query: ties
-- The partners tied at the cutoff of a top list (§9.2), in display order.
WITH cutoff AS (
  SELECT r.period, r.field,
         MAX(CASE WHEN r.display_position = prm.top_n THEN r.papers END) AS last_papers,
         MAX(CASE WHEN r.display_position = prm.top_n + 1 THEN r.papers END) AS next_papers
  FROM copub_partners_ranked r CROSS JOIN copub_params prm
  GROUP BY r.period, r.field
)
SELECT r.period, r.field, r.partner, r.display_position
FROM copub_partners_ranked r
JOIN cutoff c ON c.period = r.period AND c.field = r.field
WHERE c.last_papers = c.next_papers AND r.papers = c.last_papers
ORDER BY r.period, r.field, r.display_position;

-- query: totals
-- Papers read (in scope) and those in no period (the compare window included).
WITH in_periods AS (
  SELECT DISTINCT p.ut
  FROM papers p
  JOIN copub_periods per ON p.year >= per.year_from AND p.year <= per.year_to
  WHERE p.in_scope
)
SELECT 'papers_read' AS item, COUNT(*) AS value FROM papers WHERE in_scope
UNION ALL
SELECT 'papers_outside_periods' AS item,
       (SELECT COUNT(*) FROM papers WHERE in_scope) - (SELECT COUNT(*) FROM in_periods) AS value;
