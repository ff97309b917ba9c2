// Country resolution: docs/methodology.md §3.5 (worked example), §3.2.1 (US forms, Hong Kong and
// Macao), §3.2.2 (switches), §3.2.3 (pitfalls), and real C1/RP lines copied from the shared
// samples. Expected values are transcribed from the document, never from running the code.
import { describe, expect, it } from "vitest";
import { resolveAddressCountry, resolveCountry } from "../../src/normalize/countries.ts";
import type { CountryOptions } from "../../src/normalize/country-options.ts";
import type { AddressParts } from "../../src/read/wos-record.ts";

type Options = Partial<CountryOptions>;
const codes = (address: string, options: Options = {}) =>
  resolveCountry(address, options).warnings.map((w) => w.code);

describe("resolveCountry(address, options) follows every row of docs/methodology.md §3.5", () => {
  it.each<[string, Options, string | null, string | null]>([
    ["Univ Tokyo, Dept Chem, Tokyo 1130033, Japan", {}, "JP", null],
    ["Harvard Univ, Dept Chem, Cambridge, MA 02138 USA", {}, "US", null],
    ["UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720", {}, "US", "us-state-zip"],
    ["Univ Oxford, Dept Phys, Oxford OX1 3PU, England", { ukNations: "merge" }, "GB", null],
    ["Univ Oxford, Dept Phys, Oxford OX1 3PU, England", { ukNations: "separate" }, "GB-ENG", null],
    ["Univ Hong Kong, Sch Publ Hlth, Hong Kong, Peoples R China", {}, "HK", "hk-from-city"],
    ["Univ Hong Kong, Sch Publ Hlth, Hong Kong, Peoples R China", { hongKongMacao: "china" }, "CN", null],
    ["Chinese Univ Hong Kong, Sch Sci & Engn, Shenzhen, Guangdong, Peoples R China", {}, "CN", null],
    ["Max Planck Inst Festkorperforsch, Stuttgart, Fed Rep Ger", {}, "DE", null],
    ["Acad Sci USSR, Inst Phys, Moscow, USSR", { historicalEntities: "keep" }, "SUHH", null],
    ["Acad Sci USSR, Inst Phys, Moscow, USSR", { historicalEntities: "successor" }, "RU", null],
    ["Tbilisi State Univ, Tbilisi 0179, Georgia", {}, "GE", null],
    ["Khalifa Univ, Abu Dhabi, U Arab Emirates", {}, "AE", null],
    ["Istanbul Tech Univ, Istanbul, Turkiye", {}, "TR", null],
    ["Belarusian State Univ, Minsk, Byelarus", {}, "BY", null],
    ["Queens Univ Belfast, Belfast, North Ireland", {}, "GB", null],
  ])("%s with %o → %s (inferred %s)", (address, options, country, inferred) => {
    const resolved = resolveCountry(address, options);
    expect([resolved.country, resolved.countryInferred]).toEqual([country, inferred]);
  });

  it("records the inference and the successor mapping as warnings (§3.2.2, §13.4)", () => {
    expect(resolveCountry("UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720")).toEqual({
      countryToken: "CA 94720",
      country: "US",
      alpha3: "USA",
      countryInferred: "us-state-zip",
      warnings: [{ code: "us-state-zip", detail: "CA 94720" }],
    });
    expect(
      resolveCountry("Acad Sci USSR, Inst Phys, Moscow, USSR", { historicalEntities: "successor" }),
    ).toEqual({
      countryToken: "USSR",
      country: "RU",
      alpha3: "RUS",
      countryInferred: null,
      warnings: [{ code: "successor-mapped", detail: "SUHH → RU" }],
    });
    expect(resolveCountry("Univ Hong Kong, Sch Publ Hlth, Hong Kong, Peoples R China").warnings).toEqual([
      { code: "hk-from-city", detail: "Hong Kong" },
    ]);
  });
});

describe("resolveCountry(address) reads the US forms of §3.2.1 item 2", () => {
  it.each<[string, string | null, string | null]>([
    ["Yale Univ, Dept Biol, New Haven, USA", "US", null],
    ["Harvard Univ, Dept Chem, Cambridge, MA 02138 USA", "US", null],
    ["Harvard Univ, Dept Chem, Cambridge, MA 02138-4307 USA", "US", null],
    ["Univ Alaska Fairbanks, Fairbanks, AK USA.", "US", null],
    ["Georgia Inst Technol, Atlanta, GA 30332 USA", "US", null],
    ["UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720-1234", "US", "us-state-zip"],
    ["GEORGIA INST TECHNOL,ATLANTA,GA 30332", "US", "us-state-zip"],
    ["US FISH & WILDLIFE SERV,NO PRAIRIE WILDLIFE RES CTR,JAMESTOWN,ND 58401, USA.", "US", null],
  ])("%s → %s (inferred %s)", (address, country, inferred) => {
    const resolved = resolveCountry(address);
    expect([resolved.country, resolved.countryInferred, resolved.warnings.length > 0]).toEqual([
      country,
      inferred,
      inferred !== null,
    ]);
  });

  it.each<[string, string]>([
    // Only US state, DC and territory codes (Appendix A.4) make a bare `<ST> <ZIP>` American.
    ["Univ Sao Paulo, Inst Biociencias, Sao Paulo, SP 05508", "SP 05508"],
    ["Univ Toronto, Dept Chem, Toronto, ON 12345", "ON 12345"],
    ["Some Inst, City, XX 12345", "XX 12345"],
    // The rule needs a ZIP: a state code alone is not a country.
    ["USDA ARS,MANDAN,ND.", "ND"],
  ])("%s stays unresolved: its token %s is no US form", (address, token) => {
    expect(resolveCountry(address)).toEqual({
      countryToken: token,
      country: null,
      alpha3: null,
      countryInferred: null,
      warnings: [{ code: "unknown-country-token", detail: token }],
    });
  });
});

describe("resolveCountry(address, { usTerritories }) maps territory postal codes (§3.2.2)", () => {
  it.each<[string, Options, string]>([
    ["Univ Puerto Rico, San Juan, PR 00936 USA", {}, "US"],
    ["Univ Puerto Rico, San Juan, PR 00936 USA", { usTerritories: "separate" }, "PR"],
    ["Univ Guam, Mangilao, GU 96923 USA", { usTerritories: "separate" }, "GU"],
    ["Univ Virgin Isl, St Thomas, VI 00802 USA", { usTerritories: "separate" }, "VI"],
    ["Amer Samoa Community Coll, Pago Pago, AS 96799 USA", { usTerritories: "separate" }, "AS"],
    ["No Marianas Coll, Saipan, MP 96950 USA", { usTerritories: "separate" }, "MP"],
    ["Univ Puerto Rico, San Juan, PR USA", { usTerritories: "separate" }, "PR"],
    ["UNIV PUERTO RICO,SAN JUAN,PR 00936", { usTerritories: "separate" }, "PR"],
    ["UNIV PUERTO RICO,SAN JUAN,PR 00936, USA", { usTerritories: "separate" }, "PR"],
    ["Harvard Univ, Cambridge, MA 02138 USA", { usTerritories: "separate" }, "US"],
  ])("%s with %o → %s", (address, options, country) => {
    expect(resolveCountry(address, options).country).toBe(country);
  });
});

describe("resolveCountry(address, { hongKongMacao }) looks for Hong Kong and Macao cities between the first and last segment", () => {
  // biome-ignore format: a table reads one line per case
  it.each<[string, Options, string, string | null]>([
    ["City Univ Hong Kong, Dept Biol & Chem, 81 Tat Chee Ave, Kowloon, Hong Kong, Peoples R China", {}, "HK", "hk-from-city"],
    ["Macau Univ Sci & Technol, Taipa, Macau, Peoples R China", {}, "MO", "mo-from-city"],
    ["Macau Univ Sci & Technol, Taipa, Macau, Peoples R China", { hongKongMacao: "china" }, "CN", null],
    // The organization segment is never inspected, nor is the country segment itself.
    ["Hong Kong Baptist Univ, Shenzhen, Peoples R China", {}, "CN", null],
    ["Hong Kong Univ Sci & Technol, Peoples R China", {}, "CN", null],
    // Older records end in Hong Kong or Macau themselves.
    ["Univ Hong Kong, Dept Zool, Hong Kong, Hong Kong", {}, "HK", null],
    ["Univ Hong Kong, Dept Zool, Hong Kong, Hong Kong", { hongKongMacao: "china" }, "CN", null],
    ["Univ Macau, Fac Sci & Technol, Taipa, Macau", {}, "MO", null],
    ["Univ Macau, Fac Sci & Technol, Taipa, Macao", { hongKongMacao: "china" }, "CN", null],
    // Taiwan is always TW (§3.2.2).
    ["Natl Taiwan Univ, Dept Chem Engn, Taipei, Taiwan", { hongKongMacao: "china" }, "TW", null],
  ])("%s with %o → %s (inferred %s)", (address, options, country, inferred) => {
    const resolved = resolveCountry(address, options);
    expect([resolved.country, resolved.countryInferred]).toEqual([country, inferred]);
  });
});

describe("resolveCountry(address) avoids the pitfalls of §3.2.3", () => {
  it.each<[string, string]>([
    ["Tbilisi State Univ, Tbilisi 0179, Georgia", "GE"],
    ["Georgian Acad Sci, Tbilisi, Rep of Georgia", "GE"],
    ["Georgia Inst Technol, Atlanta, GA 30332 USA", "US"],
    ["Queens Univ Belfast, Belfast, North Ireland", "GB"],
    ["Univ Ulster, Coleraine, Northern Ireland", "GB"],
    ["Carmabi Fdn, Willemstad, Neth Antilles", "ANHH"],
    ["Ross Univ, Sch Med, Portsmouth, Dominica", "DM"],
    ["Univ Autonoma Santo Domingo, Santo Domingo, Dominican Rep", "DO"],
    ["Inst Pasteur Guinee, Conakry, Guinea", "GN"],
    ["Wildlife Conservat Soc, Kavieng, Papua N Guinea", "PG"],
    ["Univ Nacl Guinea Ecuatorial, Malabo, Equat Guinea", "GQ"],
    ["Inst Nacl Saude Publ, Bissau, Guinea Bissau", "GW"],
    ["Univ Niamey, Niamey, Niger", "NE"],
    ["Univ Ibadan, Ibadan, Nigeria", "NG"],
  ])("%s → %s", (address, country) => {
    expect(resolveCountry(address).country).toBe(country);
  });
});

describe("resolveCountry(address) resolves real C1 and RP lines of the shared samples", () => {
  // Copied from ../shared/data-samples/wos (file in the comment), without the [authors] prefix.
  // biome-ignore format: a table reads one line per case
  it.each<[string, string | null, string[]]>([
    ["UNIV KIEL,INST MEERESKUNDE,D-2300 KIEL 1,FED REP GER.", "DE", []], // metaknowledge-example
    ["CHINESE ACAD SCI, DESERT RES INST, LANZHOU 730000, PEOPLES R CHINA.", "CN", []], // bench-decol
    ["Khalifa Univ, Dept Chem Engn, POB 127788, Abu Dhabi, U Arab Emirates.", "AE", []], // kth
    ["TOBB Univ Econ & Technol, Dept Elect & Elect Engn, TR-06560 Ankara, Turkiye.", "TR", []], // kth
    ["Prirodno Matemat Fak, Sarajevo, Bosnia & Herceg.", "BA", []], // metaknowledge-example
    ["YALE UNIV,DEPT BIOL,NEW HAVEN,CT 06520.", "US", ["us-state-zip"]], // tethne-altman-yale
    ["YALE UNIV, DEPT BIOL, NEW HAVEN, CT 06520 USA.", "US", []], // tethne-altman-yale (RP)
    ["Univ Alaska Fairbanks, Fairbanks, AK USA.", "US", []], // bench-decol
    ["BORIS KIDRIC INST,ION PHYS LAB,YU-11000 BELGRADE,YUGOSLAVIA.", "YUCS", []], // metaknowledge-example
    ["CARAIB MARIEN BIOL INST,PISCADERABAAI,CURACAO,NETH ANTILLES.", "ANHH", []], // bench-decol
    ["Univ Kinshasa, Anim Sci Unit, Kinshasa, Zaire.", "CD", []], // bench-decol
    ["Univ Kinshasa, Fac Econ & Management, Dept Populat Sci & Dev, Kinshasa, DEM REP CONGO", "CD", []], // scientopy-megaauthor
    ["Queens Univ Belfast, Sch Geog Archaeol & Palaeoecol, Belfast BT7 1NN, Antrim, North Ireland.", "GB", []], // tethne-wos3
    ["MANCHESTER METROPOLITAN UNIV,STOKE ON TRENT,STAFFS,ENGLAND.", "GB", []], // bibliometrix-soccer
    ["Univ Hong Kong, Hong Kong, Hong Kong, Peoples R China.", "HK", ["hk-from-city"]], // bench-decol
    ["City Univ Hong Kong, Dept Mech Engn, Kowloon Tang, Hong Kong, Peoples R China.", "HK", ["hk-from-city"]], // readwosR
    ["Macau Univ Sci & Technol, Taipa, Macau, Peoples R China.", "MO", ["mo-from-city"]], // readwosR
    ["Ilia State Univ, Inst Ecol, GE-0162 Tbilisi, Georgia.", "GE", []], // bench-decol
    ["Wildlife Conservat Soc, Papua New Guinea Marine Program, Kavieng, Papua N Guinea.", "PG", []], // bench-decol
    ["Inst Marine Affairs, Chaguaramas, Trinid & Tobago.", "TT", []], // bench-decol
    ["Assoc Monte Pico, Me Zochi, Sao Tome & Prin", "ST", []], // scientopy-megaauthor
    ["Univ Niamey, Niamey, Niger", "NE", []], // scientopy-megaauthor
    ["Kosrae Conservat & Safety Org, Kosrae, Micronesia", "FM", []], // scientopy-megaauthor
    ["Vrije Univ Amsterdam, NL-1081 HV Amsterdam, Netherlands.", "NL", []], // rafguns-wosfile
    ["Macedonian Acad Sci & Arts, Bul Krste Misirkov 2,POB 428, MK-1000 Skopje, North Macedonia.", "MK", []], // bench-decol
  ])("%s → %s", (address, country, warnings) => {
    expect([resolveCountry(address).country, codes(address)]).toEqual([country, warnings]);
  });
});

describe("resolveAddressCountry(address) prefers the XML country element", () => {
  const parts = (fields: Partial<AddressParts>): AddressParts => ({
    organizations: [],
    suborganizations: [],
    city: null,
    state: null,
    country: null,
    zip: null,
    ...fields,
  });

  // biome-ignore format: a table reads one line per case
  it.each<[string, AddressParts | null, Options, string | null, string | null]>([
    // Copied from xml/dongboshi-raw-1985-100rec.xml.
    ["HARVARD UNIV,GRAD SCH EDUC,CAMBRIDGE,MA 02138, USA", parts({ city: "CAMBRIDGE", state: "MA", country: "USA", zip: "02138" }), {}, "US", null],
    ["112 N BRYAN ST, BLOOMINGTON, IN 47408", parts({ city: "BLOOMINGTON" }), {}, "US", "us-state-zip"],
    ["57 RUE CUVIER, 75005 PARIS 5, FRANCE", parts({ city: "PARIS 5" }), {}, "FR", null],
    // The element wins over the text; the text's middle segments and the city still count.
    ["Inst X, Moscow", parts({ city: "MOSCOW", country: "USSR" }), { historicalEntities: "successor" }, "RU", null],
    ["Univ Hong Kong, Pokfulam, Hong Kong, Peoples R China", parts({ country: "Peoples R China" }), {}, "HK", "hk-from-city"],
    ["City Univ Hong Kong, Dept Phys", parts({ city: "Kowloon", country: "Peoples R China" }), {}, "HK", "hk-from-city"],
    ["Univ Puerto Rico, San Juan", parts({ state: "PR", country: "USA" }), { usTerritories: "separate" }, "PR", null],
    // Text formats have no parts: the text decides.
    ["Univ Tokyo, Dept Chem, Tokyo 1130033, Japan.", null, {}, "JP", null],
  ])("%s with parts %o and %o → %s (inferred %s)", (text, addressParts, options, country, inferred) => {
    const resolved = resolveAddressCountry({ text, parts: addressParts }, options);
    expect([resolved.country, resolved.countryInferred]).toEqual([country, inferred]);
  });

  it("reports the element, not the text, as the token", () => {
    const resolved = resolveAddressCountry({ text: "Inst X, Moscow", parts: parts({ country: "USSR." }) });
    expect([resolved.countryToken, resolved.country]).toEqual(["USSR", "SUHH"]);
  });
});

describe("resolveCountry(address) compares the whole token, case-insensitively", () => {
  it.each<[string, string | null]>([
    ["UNIV TOKYO, TOKYO, JAPAN.", "JP"],
    ["Univ Tokyo, Tokyo,   japan  .", "JP"],
    ["Univ X, Peoples  R   China", "CN"],
    ["Univ X, Japanese Republic", null],
    ["Univ X, Nigeria Federal", null],
    ["Hospital, City,", null],
  ])("%s → %s", (address, country) => {
    expect(resolveCountry(address).country).toBe(country);
  });
});
