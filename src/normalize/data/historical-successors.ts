/**
 * Successor of each former entity, used when `historicalEntities = "successor"`.
 *
 * Source: the methodology reference's Appendix A.3 ("Successor mapping"; docs/methodology.md
 * §3.2.2), every row, keys as printed there (ISO 3166-3 alpha-4 codes). The mapping gives a whole
 * former state to one successor: a convenience for long national series, not a historical
 * statement, which is why every mapped address carries the warning `successor-mapped`.
 */

/** Former entity (ISO 3166-3 alpha-4) → successor (ISO 3166-1 alpha-2), Appendix A.3. */
export const HISTORICAL_SUCCESSORS: Readonly<Record<string, string>> = {
  SUHH: "RU", // USSR
  DDDE: "DE", // German Democratic Republic
  CSHH: "CZ", // Czechoslovakia
  YUCS: "RS", // Yugoslavia
  CSXX: "RS", // Serbia and Montenegro
  ANHH: "CW", // Netherlands Antilles
};
