import { describe, expect, it } from "vitest";
import { countryKeyOf, countryName, nearestCountries } from "../../src/normalize/country-vocabulary.ts";

describe("countryKeyOf(text, options)", () => {
  it.each([
    // [typed, key]: ISO codes in any case, ISO names, short names, WoS spellings
    ["JP", "JP"],
    ["jp", "JP"],
    ["JPN", "JP"],
    ["jpn", "JP"],
    ["Japan", "JP"],
    ["  JAPAN ", "JP"],
    ["USA", "US"],
    ["U.S.A.", "US"],
    ["United States", "US"],
    ["United States of America", "US"], // ISO's name
    ["Peoples R China", "CN"], // WoS spelling (Appendix A.2)
    ["China", "CN"],
    ["South Korea", "KR"],
    ["Korea, Republic of", "KR"], // ISO's inverted name, commas and all
    ["Cote d'Ivoire", "CI"],
    ["Côte d’Ivoire", "CI"], // accents and a typographic apostrophe fold away
    ["Ivory Coast", "CI"],
    ["England", "GB"], // a UK nation is the UK under the default ukNations = "merge"
    ["UK", "GB"],
    ["GBR", "GB"],
    ["Great Britain", "GB"],
    ["Russia", "RU"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["Czech Republic", "CZ"],
    ["USSR", "SUHH"], // former states keep their ISO 3166-3 key by default
    ["SUN", "SUHH"],
    ["Kosovo", "XK"],
    ["CA 94720 USA", "US"], // the address resolver's US rule
  ])("reads %j as %s", (typed, key) => {
    expect(countryKeyOf(typed)).toBe(key);
  });

  it.each([["Atlantis"], [""], ["   "], ["XX"], ["Korea, Atlantis"]])("finds nothing for %j", (typed) => {
    expect(countryKeyOf(typed)).toBeNull();
  });

  it.each([
    // [typed, options, key]: the §3.2.2 switches apply as they do to addresses
    ["England", { ukNations: "separate" }, "GB-ENG"],
    ["Scotland", { ukNations: "separate" }, "GB-SCT"],
    ["GB", { ukNations: "separate" }, "GB"], // the kingdom as a whole stays GB
    ["Hong Kong", { hongKongMacao: "china" }, "CN"],
    ["HK", {}, "HK"],
    ["USSR", { historicalEntities: "successor" }, "RU"],
    ["DDR", { historicalEntities: "successor" }, "DE"],
  ] as const)("reads %j under %j as %s", (typed, options, key) => {
    expect(countryKeyOf(typed, options)).toBe(key);
  });
});

describe("countryName(key)", () => {
  it.each([
    ["US", "United States"],
    ["GB", "United Kingdom"],
    ["KR", "South Korea"],
    ["KP", "North Korea"],
    ["TW", "Taiwan"],
    ["JP", "Japan"], // ISO's own name where it is already short
    ["DE", "Germany"],
    ["SUHH", "USSR"],
    ["GB-SCT", "Scotland"],
    ["XK", "Kosovo"],
    ["ZZ", "ZZ"], // not a key: shown as given
  ])("names %s %j", (key, name) => {
    expect(countryName(key)).toBe(name);
  });

  it("gives every key a name that reads back as that key", () => {
    for (const key of ["US", "GB", "KR", "KP", "CD", "VN", "IR", "SUHH", "YUCS", "XK", "BO", "NL"])
      expect(countryKeyOf(countryName(key))).toBe(key);
  });
});

describe("nearestCountries(text, count)", () => {
  it.each([
    ["Jpaan", "JP"], // one transposition from JAPAN; SPAIN is two substitutions away
    ["Germny", "DE"],
    ["Brasil", "BR"],
    ["Swizerland", "CH"],
    ["Untied States", "US"],
  ])("suggests %s for %j", (typed, key) => {
    expect(nearestCountries(typed)).toEqual([key]);
  });

  it("returns as many suggestions as asked, nearest first", () => {
    const three = nearestCountries("Jpaan", 3);
    expect(three).toHaveLength(3);
    expect(three[0]).toBe("JP");
  });
});
