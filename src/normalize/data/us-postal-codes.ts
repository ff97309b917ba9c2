/**
 * US postal codes that the `us-state-zip` rule accepts before a ZIP code when an old WoS
 * address has no country (`UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720`).
 *
 * Source: the methodology reference's Appendix A.4 (docs/methodology.md §3.2.1 item 2), every code,
 * in the order printed there. Territories carry the ISO 3166-1 code they take under `usTerritories
 * = "separate"` (§3.2.2); the ISO codes equal the postal codes, as ISO 3166-1 lists them.
 */

/**
 * The 50 states and DC (Appendix A.4, "States and DC"), kept as the space-separated list the
 * appendix prints so that the two can be compared by eye.
 */
export const US_STATE_CODES: readonly string[] = (
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC " +
  "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split(" ");

/** US territories: postal code → ISO 3166-1 alpha-2 under `usTerritories = "separate"` (Appendix A.4). */
export const US_TERRITORY_CODES: Readonly<Record<string, string>> = {
  PR: "PR", // Puerto Rico
  GU: "GU", // Guam
  VI: "VI", // US Virgin Islands
  AS: "AS", // American Samoa
  MP: "MP", // Northern Mariana Islands
};

/** Armed Forces codes (Americas, Europe, Pacific): always US (Appendix A.4, "Military"). */
export const US_MILITARY_CODES: readonly string[] = ["AA", "AE", "AP"];
