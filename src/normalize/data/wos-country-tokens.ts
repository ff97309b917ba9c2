/**
 * The WoS country tokens that need a rule: how Web of Science spells a country in the last
 * segment of an address when the spelling is not the ISO 3166-1 short name.
 *
 * Source: the methodology reference's Appendix A.2 ("Tokens that need a rule"; docs/methodology.md
 * §3.2.1 describes the rules and refers here for the full table), transcribed row by row in the
 * order of the document; the `Key` and `Alpha-3` columns are copied as printed. The two US rows are
 * rules, not tokens (`<ST> <ZIP> USA`, old `<ST> <ZIP>`): only the literal `USA` is listed here,
 * and the rules live in `countries.ts` with the codes of `us-postal-codes.ts`. Tokens spelled as in
 * ISO 3166-1 (Japan, France, …) need no row: `_iso-names.ts` finds them.
 */

/** Warnings that Appendix A attaches to a token, whatever the options. */
export type TokenWarningCode = "ambiguous-korea" | "ambiguous-congo" | "historical-unmapped";

/** One row of Appendix A.2. */
export interface WosCountryTokenRow {
  /** WoS spellings, as the appendix writes them; matched whole and case-insensitively. */
  readonly tokens: readonly string[];
  /** ISO 3166-1 alpha-2 key, ISO 3166-3 alpha-4 key for a former entity, `XK`, or `null` (unmapped). */
  readonly key: string | null;
  /** Alpha-3 code from the appendix, or `null` when the key is `null`. */
  readonly alpha3: string | null;
  /** Warning every match of the row carries. */
  readonly warning?: TokenWarningCode;
}

/** Appendix A.2, one entry per row, in the order of the document. */
export const WOS_COUNTRY_TOKENS: readonly WosCountryTokenRow[] = [
  { tokens: ["USA"], key: "US", alpha3: "USA" },
  {
    tokens: [
      "England",
      "Scotland",
      "Wales",
      "North Ireland",
      "Northern Ireland",
      "UK",
      "U K",
      "United Kingdom",
    ],
    key: "GB",
    alpha3: "GBR",
  },
  { tokens: ["Peoples R China", "China", "PR China"], key: "CN", alpha3: "CHN" },
  { tokens: ["Hong Kong"], key: "HK", alpha3: "HKG" },
  { tokens: ["Macau", "Macao"], key: "MO", alpha3: "MAC" },
  { tokens: ["Taiwan"], key: "TW", alpha3: "TWN" },
  { tokens: ["South Korea"], key: "KR", alpha3: "KOR" },
  { tokens: ["Korea"], key: "KR", alpha3: "KOR", warning: "ambiguous-korea" },
  { tokens: ["North Korea"], key: "KP", alpha3: "PRK" },
  { tokens: ["Fed Rep Ger", "Germany", "West Germany"], key: "DE", alpha3: "DEU" },
  { tokens: ["Ger Dem Rep", "East Germany"], key: "DDDE", alpha3: "DDR" },
  { tokens: ["USSR"], key: "SUHH", alpha3: "SUN" },
  { tokens: ["Russia"], key: "RU", alpha3: "RUS" },
  { tokens: ["Byelarus", "Belarus"], key: "BY", alpha3: "BLR" },
  { tokens: ["Czechoslovakia"], key: "CSHH", alpha3: "CSK" },
  { tokens: ["Czech Republic", "Czechia"], key: "CZ", alpha3: "CZE" },
  { tokens: ["Yugoslavia"], key: "YUCS", alpha3: "YUG" },
  { tokens: ["Serbia Monteneg", "Serbia & Montenegro"], key: "CSXX", alpha3: "SCG" },
  { tokens: ["Serbia"], key: "RS", alpha3: "SRB" },
  { tokens: ["Montenegro"], key: "ME", alpha3: "MNE" },
  { tokens: ["Kosovo"], key: "XK", alpha3: "XKX" },
  { tokens: ["Macedonia", "North Macedonia", "Rep Macedonia"], key: "MK", alpha3: "MKD" },
  { tokens: ["Bosnia & Herceg", "Bosnia Herceg", "Bosnia & Herzegovina"], key: "BA", alpha3: "BIH" },
  { tokens: ["Turkiye", "Turkey"], key: "TR", alpha3: "TUR" },
  { tokens: ["U Arab Emirates", "United Arab Emirates"], key: "AE", alpha3: "ARE" },
  { tokens: ["Iran"], key: "IR", alpha3: "IRN" },
  { tokens: ["Syria"], key: "SY", alpha3: "SYR" },
  { tokens: ["Vietnam", "Viet Nam"], key: "VN", alpha3: "VNM" },
  { tokens: ["Laos"], key: "LA", alpha3: "LAO" },
  { tokens: ["Brunei"], key: "BN", alpha3: "BRN" },
  { tokens: ["Burma", "Myanmar"], key: "MM", alpha3: "MMR" },
  { tokens: ["Timor-Leste", "East Timor"], key: "TL", alpha3: "TLS" },
  { tokens: ["Palestine", "West Bank", "Gaza Strip"], key: "PS", alpha3: "PSE" },
  { tokens: ["Vatican"], key: "VA", alpha3: "VAT" },
  { tokens: ["Moldova"], key: "MD", alpha3: "MDA" },
  { tokens: ["Tanzania"], key: "TZ", alpha3: "TZA" },
  { tokens: ["Bolivia"], key: "BO", alpha3: "BOL" },
  { tokens: ["Venezuela"], key: "VE", alpha3: "VEN" },
  { tokens: ["Cote Ivoire"], key: "CI", alpha3: "CIV" },
  { tokens: ["Dem Rep Congo", "Zaire"], key: "CD", alpha3: "COD" },
  { tokens: ["Rep Congo"], key: "CG", alpha3: "COG" },
  { tokens: ["Congo"], key: "CG", alpha3: "COG", warning: "ambiguous-congo" },
  { tokens: ["Cent Afr Republ", "Central African Republic"], key: "CF", alpha3: "CAF" },
  { tokens: ["Equat Guinea"], key: "GQ", alpha3: "GNQ" },
  { tokens: ["Guinea Bissau"], key: "GW", alpha3: "GNB" },
  { tokens: ["Papua N Guinea"], key: "PG", alpha3: "PNG" },
  { tokens: ["Trinid & Tobago", "Trinidad Tobago"], key: "TT", alpha3: "TTO" },
  { tokens: ["Antigua & Barbu"], key: "AG", alpha3: "ATG" },
  { tokens: ["St Kitts & Nevi"], key: "KN", alpha3: "KNA" },
  { tokens: ["St Lucia"], key: "LC", alpha3: "LCA" },
  { tokens: ["St Vincent"], key: "VC", alpha3: "VCT" },
  { tokens: ["Sao Tome E Prin", "Sao Tome & Prin"], key: "ST", alpha3: "STP" },
  { tokens: ["Dominican Rep"], key: "DO", alpha3: "DOM" },
  { tokens: ["Dominica"], key: "DM", alpha3: "DMA" },
  { tokens: ["Malagasy Republ", "Madagascar"], key: "MG", alpha3: "MDG" },
  { tokens: ["Mongol Peo Rep", "Mongolia"], key: "MN", alpha3: "MNG" },
  { tokens: ["Rep of Georgia", "Georgia"], key: "GE", alpha3: "GEO" },
  { tokens: ["Fr Polynesia"], key: "PF", alpha3: "PYF" },
  { tokens: ["Fr Austr Lands"], key: "TF", alpha3: "ATF" },
  { tokens: ["French Guiana"], key: "GF", alpha3: "GUF" },
  { tokens: ["Guadeloupe"], key: "GP", alpha3: "GLP" },
  { tokens: ["Martinique"], key: "MQ", alpha3: "MTQ" },
  { tokens: ["Reunion"], key: "RE", alpha3: "REU" },
  { tokens: ["New Caledonia"], key: "NC", alpha3: "NCL" },
  { tokens: ["Neth Antilles"], key: "ANHH", alpha3: "ANT" },
  { tokens: ["Curacao"], key: "CW", alpha3: "CUW" },
  { tokens: ["Swaziland", "Eswatini"], key: "SZ", alpha3: "SWZ" },
  { tokens: ["Cape Verde", "Cabo Verde"], key: "CV", alpha3: "CPV" },
  { tokens: ["Micronesia"], key: "FM", alpha3: "FSM" },
  { tokens: ["Marshall Island", "Marshall Islands"], key: "MH", alpha3: "MHL" },
  { tokens: ["Solomon Islands"], key: "SB", alpha3: "SLB" },
  { tokens: ["Falkland Island", "Falkland Islands"], key: "FK", alpha3: "FLK" },
  { tokens: ["Br Virgin Isl"], key: "VG", alpha3: "VGB" },
  { tokens: ["Turks & Caicos"], key: "TC", alpha3: "TCA" },
  { tokens: ["Wallis & Futuna"], key: "WF", alpha3: "WLF" },
  { tokens: ["Faroe Islands"], key: "FO", alpha3: "FRO" },
  { tokens: ["Antarctica"], key: "AQ", alpha3: "ATA" },
  { tokens: ["W Ind Assoc St"], key: null, alpha3: null, warning: "historical-unmapped" },
];

/**
 * The four UK nations as WoS writes them, with the ISO 3166-2 unit each becomes under
 * `ukNations = "separate"` (Appendix A.2, note of the GB row; §3.2.2). `UK`, `U K` and
 * `United Kingdom` are not here: they stay `GB` under both values.
 */
export const UK_NATION_UNITS: Readonly<Record<string, string>> = {
  England: "GB-ENG",
  Scotland: "GB-SCT",
  Wales: "GB-WLS",
  "North Ireland": "GB-NIR",
  "Northern Ireland": "GB-NIR",
};
