// Every row of the methodology reference's Appendix A (../shared/docs/METHODOLOGY.md): A.2 (tokens that need a rule), A.3 (successor
// mapping), A.4 (US postal codes of the us-state-zip rule) and A.5 (Hong Kong and Macao city
// segments), transcribed by hand from the document. Each token is tried as the last segment of
// an address line, under the default switches unless the case names one.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveCountry } from "../../src/normalize/countries.ts";
import { countryAlpha3 } from "../../src/normalize/country-codes.ts";
import type { CountryOptions } from "../../src/normalize/country-options.ts";
import { WOS_COUNTRY_TOKENS } from "../../src/normalize/data/wos-country-tokens.ts";

type Options = Partial<CountryOptions>;
const inAddress = (token: string) => `Some Univ, Dept X, Some City, ${token}.`;

describe("resolveCountry(address) maps every token of Appendix A.2 to its key and alpha-3", () => {
  it.each<[string, string | null, string | null, string[]]>([
    ["USA", "US", "USA", []],
    ["England", "GB", "GBR", []],
    ["Scotland", "GB", "GBR", []],
    ["Wales", "GB", "GBR", []],
    ["North Ireland", "GB", "GBR", []],
    ["Northern Ireland", "GB", "GBR", []],
    ["UK", "GB", "GBR", []],
    ["U K", "GB", "GBR", []],
    ["United Kingdom", "GB", "GBR", []],
    ["Peoples R China", "CN", "CHN", []],
    ["China", "CN", "CHN", []],
    ["PR China", "CN", "CHN", []],
    ["Hong Kong", "HK", "HKG", []],
    ["Macau", "MO", "MAC", []],
    ["Macao", "MO", "MAC", []],
    ["Taiwan", "TW", "TWN", []],
    ["South Korea", "KR", "KOR", []],
    ["Korea", "KR", "KOR", ["ambiguous-korea"]],
    ["North Korea", "KP", "PRK", []],
    ["Fed Rep Ger", "DE", "DEU", []],
    ["Germany", "DE", "DEU", []],
    ["West Germany", "DE", "DEU", []],
    ["Ger Dem Rep", "DDDE", "DDR", []],
    ["East Germany", "DDDE", "DDR", []],
    ["USSR", "SUHH", "SUN", []],
    ["Russia", "RU", "RUS", []],
    ["Byelarus", "BY", "BLR", []],
    ["Belarus", "BY", "BLR", []],
    ["Czechoslovakia", "CSHH", "CSK", []],
    ["Czech Republic", "CZ", "CZE", []],
    ["Czechia", "CZ", "CZE", []],
    ["Yugoslavia", "YUCS", "YUG", []],
    ["Serbia Monteneg", "CSXX", "SCG", []],
    ["Serbia & Montenegro", "CSXX", "SCG", []],
    ["Serbia", "RS", "SRB", []],
    ["Montenegro", "ME", "MNE", []],
    ["Kosovo", "XK", "XKX", []],
    ["Macedonia", "MK", "MKD", []],
    ["North Macedonia", "MK", "MKD", []],
    ["Rep Macedonia", "MK", "MKD", []],
    ["Bosnia & Herceg", "BA", "BIH", []],
    ["Bosnia Herceg", "BA", "BIH", []],
    ["Bosnia & Herzegovina", "BA", "BIH", []],
    ["Turkiye", "TR", "TUR", []],
    ["Turkey", "TR", "TUR", []],
    ["U Arab Emirates", "AE", "ARE", []],
    ["United Arab Emirates", "AE", "ARE", []],
    ["Iran", "IR", "IRN", []],
    ["Syria", "SY", "SYR", []],
    ["Vietnam", "VN", "VNM", []],
    ["Viet Nam", "VN", "VNM", []],
    ["Laos", "LA", "LAO", []],
    ["Brunei", "BN", "BRN", []],
    ["Burma", "MM", "MMR", []],
    ["Myanmar", "MM", "MMR", []],
    ["Timor-Leste", "TL", "TLS", []],
    ["East Timor", "TL", "TLS", []],
    ["Palestine", "PS", "PSE", []],
    ["West Bank", "PS", "PSE", []],
    ["Gaza Strip", "PS", "PSE", []],
    ["Vatican", "VA", "VAT", []],
    ["Moldova", "MD", "MDA", []],
    ["Tanzania", "TZ", "TZA", []],
    ["Bolivia", "BO", "BOL", []],
    ["Venezuela", "VE", "VEN", []],
    ["Cote Ivoire", "CI", "CIV", []],
    ["Dem Rep Congo", "CD", "COD", []],
    ["Zaire", "CD", "COD", []],
    ["Rep Congo", "CG", "COG", []],
    ["Congo", "CG", "COG", ["ambiguous-congo"]],
    ["Cent Afr Republ", "CF", "CAF", []],
    ["Central African Republic", "CF", "CAF", []],
    ["Equat Guinea", "GQ", "GNQ", []],
    ["Guinea Bissau", "GW", "GNB", []],
    ["Papua N Guinea", "PG", "PNG", []],
    ["Trinid & Tobago", "TT", "TTO", []],
    ["Trinidad Tobago", "TT", "TTO", []],
    ["Antigua & Barbu", "AG", "ATG", []],
    ["St Kitts & Nevi", "KN", "KNA", []],
    ["St Lucia", "LC", "LCA", []],
    ["St Vincent", "VC", "VCT", []],
    ["Sao Tome E Prin", "ST", "STP", []],
    ["Sao Tome & Prin", "ST", "STP", []],
    ["Dominican Rep", "DO", "DOM", []],
    ["Dominica", "DM", "DMA", []],
    ["Malagasy Republ", "MG", "MDG", []],
    ["Madagascar", "MG", "MDG", []],
    ["Mongol Peo Rep", "MN", "MNG", []],
    ["Mongolia", "MN", "MNG", []],
    ["Rep of Georgia", "GE", "GEO", []],
    ["Georgia", "GE", "GEO", []],
    ["Fr Polynesia", "PF", "PYF", []],
    ["Fr Austr Lands", "TF", "ATF", []],
    ["French Guiana", "GF", "GUF", []],
    ["Guadeloupe", "GP", "GLP", []],
    ["Martinique", "MQ", "MTQ", []],
    ["Reunion", "RE", "REU", []],
    ["New Caledonia", "NC", "NCL", []],
    ["Neth Antilles", "ANHH", "ANT", []],
    ["Curacao", "CW", "CUW", []],
    ["Swaziland", "SZ", "SWZ", []],
    ["Eswatini", "SZ", "SWZ", []],
    ["Cape Verde", "CV", "CPV", []],
    ["Cabo Verde", "CV", "CPV", []],
    ["Micronesia", "FM", "FSM", []],
    ["Marshall Island", "MH", "MHL", []],
    ["Marshall Islands", "MH", "MHL", []],
    ["Solomon Islands", "SB", "SLB", []],
    ["Falkland Island", "FK", "FLK", []],
    ["Falkland Islands", "FK", "FLK", []],
    ["Br Virgin Isl", "VG", "VGB", []],
    ["Turks & Caicos", "TC", "TCA", []],
    ["Wallis & Futuna", "WF", "WLF", []],
    ["Faroe Islands", "FO", "FRO", []],
    ["Antarctica", "AQ", "ATA", []],
    ["W Ind Assoc St", null, null, ["historical-unmapped"]],
  ])("%s → %s / %s", (token, key, alpha3, warnings) => {
    const resolved = resolveCountry(inAddress(token));
    expect(resolved).toEqual({
      countryToken: token,
      country: key,
      alpha3,
      countryInferred: null,
      warnings: warnings.map((code) => ({ code, detail: token })),
    });
  });

  it.each<[string, string]>([
    ["Japan", "JP"],
    ["France", "FR"],
    ["India", "IN"],
    ["Brazil", "BR"],
  ])("%s needs no row: spelled as in ISO → %s", (token, key) => {
    expect(resolveCountry(inAddress(token)).country).toBe(key);
  });

  it.each<[string, Options, string]>([
    ["England", { ukNations: "separate" }, "GB-ENG"],
    ["Scotland", { ukNations: "separate" }, "GB-SCT"],
    ["Wales", { ukNations: "separate" }, "GB-WLS"],
    ["North Ireland", { ukNations: "separate" }, "GB-NIR"],
    ["Northern Ireland", { ukNations: "separate" }, "GB-NIR"],
    ["UK", { ukNations: "separate" }, "GB"],
    ["U K", { ukNations: "separate" }, "GB"],
    ["United Kingdom", { ukNations: "separate" }, "GB"],
    ["Hong Kong", { hongKongMacao: "china" }, "CN"],
    ["Macau", { hongKongMacao: "china" }, "CN"],
    ["Macao", { hongKongMacao: "china" }, "CN"],
    ["Taiwan", { hongKongMacao: "china" }, "TW"],
  ])("%s with %o → %s (note of the row)", (token, options, key) => {
    expect(resolveCountry(inAddress(token), options).country).toBe(key);
  });
});

describe("resolveCountry(address, { historicalEntities: 'successor' }) follows Appendix A.3", () => {
  it.each<[string, string, string]>([
    ["USSR", "SUHH", "RU"],
    ["Ger Dem Rep", "DDDE", "DE"],
    ["East Germany", "DDDE", "DE"],
    ["Czechoslovakia", "CSHH", "CZ"],
    ["Yugoslavia", "YUCS", "RS"],
    ["Serbia Monteneg", "CSXX", "RS"],
    ["Serbia & Montenegro", "CSXX", "RS"],
    ["Neth Antilles", "ANHH", "CW"],
  ])("%s: %s → %s with successor-mapped", (token, former, successor) => {
    expect(resolveCountry(inAddress(token), { historicalEntities: "successor" })).toMatchObject({
      country: successor,
      warnings: [{ code: "successor-mapped", detail: `${former} → ${successor}` }],
    });
  });

  it.each<[string, string]>([
    ["Fed Rep Ger", "DE"],
    ["Russia", "RU"],
    ["Serbia", "RS"],
    ["Curacao", "CW"],
  ])("%s is %s under both values, with no warning", (token, key) => {
    expect(resolveCountry(inAddress(token), { historicalEntities: "successor" })).toMatchObject({
      country: key,
      warnings: [],
    });
  });
});

describe("resolveCountry(old address) applies the us-state-zip rule to the codes of Appendix A.4", () => {
  const states =
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY";
  it.each(states.split(" "))("%s 12345 → US, inferred us-state-zip", (code) => {
    expect(resolveCountry(`SOME UNIV,SOME CITY,${code} 12345`)).toMatchObject({
      country: "US",
      countryInferred: "us-state-zip",
    });
  });

  it.each<[string, string, string]>([
    ["PR", "US", "PR"],
    ["GU", "US", "GU"],
    ["VI", "US", "VI"],
    ["AS", "US", "AS"],
    ["MP", "US", "MP"],
    ["AA", "US", "US"],
    ["AE", "US", "US"],
    ["AP", "US", "US"],
  ])("%s 12345 → %s as-usa, %s separate", (code, asUsa, separate) => {
    const address = `SOME UNIV,SOME CITY,${code} 12345`;
    expect(resolveCountry(address).country).toBe(asUsa);
    expect(resolveCountry(address, { usTerritories: "separate" })).toMatchObject({
      country: separate,
      countryInferred: "us-state-zip",
    });
  });

  it.each(["ON", "BC", "SP", "NS", "XX", "UK"])("%s 12345 is no US code: unresolved, never US", (code) => {
    expect(resolveCountry(`SOME UNIV,SOME CITY,${code} 12345`)).toMatchObject({
      country: null,
      countryInferred: null,
      warnings: [{ code: "unknown-country-token", detail: `${code} 12345` }],
    });
  });
});

describe("resolveCountry(address) reads the city segments of Appendix A.5 on segments 2 … n−1 only", () => {
  it.each<[string, string, string]>([
    ["Hong Kong", "HK", "hk-from-city"],
    ["Kowloon", "HK", "hk-from-city"],
    ["Kowloon Tong", "HK", "hk-from-city"],
    ["Pokfulam", "HK", "hk-from-city"],
    ["Shatin", "HK", "hk-from-city"],
    ["Sha Tin", "HK", "hk-from-city"],
    ["New Territories", "HK", "hk-from-city"],
    ["Tai Po", "HK", "hk-from-city"],
    ["Clear Water Bay", "HK", "hk-from-city"],
    ["Macau", "MO", "mo-from-city"],
    ["Macao", "MO", "mo-from-city"],
    ["Taipa", "MO", "mo-from-city"],
  ])("…, %s, Peoples R China → %s (%s); CN under hongKongMacao = china", (segment, key, inferred) => {
    const address = `Some Univ, Dept X, ${segment}, Peoples R China`;
    expect(resolveCountry(address)).toMatchObject({ country: key, countryInferred: inferred });
    expect(resolveCountry(address.toUpperCase())).toMatchObject({ country: key, countryInferred: inferred });
    expect(resolveCountry(address, { hongKongMacao: "china" })).toMatchObject({
      country: "CN",
      countryInferred: null,
    });
  });

  it.each([
    ["Hong Kong Polytech Univ, Peoples R China"],
    ["Kowloon, Dept X, Shenzhen, Peoples R China"],
    ["Macau Univ Sci & Technol, Zhuhai, Peoples R China"],
    ["Some Univ, Hong Kong Rd, Beijing, Peoples R China"],
  ])("%s → CN: the organization segment and partial segments do not count", (address) => {
    expect(resolveCountry(address)).toMatchObject({ country: "CN", countryInferred: null });
  });
});

// Cross-check of the data file against the document itself, so a slip in either transcription
// shows up: every token of the A.2 table is in WOS_COUNTRY_TOKENS with the key and alpha-3 printed.
const METHODOLOGY = new URL("../../../shared/docs/METHODOLOGY.md", import.meta.url);
describe.skipIf(!existsSync(METHODOLOGY))(
  "WOS_COUNTRY_TOKENS matches Appendix A.2 (needs ../shared/docs)",
  () => {
    it("holds exactly the tokens, keys and alpha-3 codes of the printed table", () => {
      const text = readFileSync(METHODOLOGY, "utf8");
      const table = text.slice(text.indexOf("### A.2"), text.indexOf("### A.3"));
      const printed = table
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .flatMap((line) => {
          const [tokens = "", key = "", alpha3 = ""] = line
            .split("|")
            .slice(1)
            .map((cell) => cell.trim());
          const literal = [...tokens.matchAll(/`([^`]+)`/g)]
            .map((m) => m[1] ?? "")
            .filter((t) => !t.includes("<"));
          const keyOrNull = key === "—" ? null : key;
          return literal.map((token) => [token, keyOrNull, alpha3 === "—" ? null : alpha3]);
        });
      const data = WOS_COUNTRY_TOKENS.flatMap((row) =>
        row.tokens.map((token) => [token, row.key, row.alpha3]),
      );
      expect(data).toEqual(printed);
      for (const [, key, alpha3] of data)
        if (key !== null && key !== undefined) expect(countryAlpha3(key)).toBe(alpha3);
    });
  },
);
