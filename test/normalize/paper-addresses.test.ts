import { describe, expect, it } from "vitest";
import { DEFAULT_COUNTRY_OPTIONS } from "../../src/normalize/country-options.ts";
import {
  type AddressSource,
  createAddressCache,
  paperAddresses,
} from "../../src/normalize/paper-addresses.ts";
import type { Address, ReprintAddress } from "../../src/read/wos-record.ts";

const c1 = (number: number, text: string, authors: string[] = []): Address => ({
  number,
  text,
  authors,
  organizations: [],
  parts: null,
});
const rp = (text: string, authors: string[] = []): ReprintAddress => ({ authors, text });

const TOKYO = c1(1, "Univ Tokyo, Dept Chem, Tokyo 1130033, Japan", ["Sato, Akira"]);
const HARVARD_RP = rp("Harvard Univ, Dept Chem, Cambridge, MA 02138 USA", ["Smith, C"]);
const TOKYO_RP = rp("UNIV TOKYO, DEPT CHEM, TOKYO 1130033, JAPAN", ["Sato, A"]);

const sources = (c1s: Address[], rps: ReprintAddress[], year: number | null, policy: AddressSource) =>
  paperAddresses(c1s, rps, year, policy, DEFAULT_COUNTRY_OPTIONS).addresses.map((a) => [
    a.address.source,
    a.address.country,
  ]);

describe("paperAddresses(c1, rp, year, addressSource) (docs/methodology.md §2.3)", () => {
  it.each([
    // C1+RP-fallback: RP only when C1 is empty …
    ["C1+RP-fallback", [TOKYO], [HARVARD_RP], 2020, [["C1", "JP"]]],
    ["C1+RP-fallback", [], [HARVARD_RP], 2020, [["RP", "US"]]],
    // … or before 1998, when WoS did not repeat the reprint address in C1; an RP equal to a C1 address after normalization is not added.
    [
      "C1+RP-fallback",
      [TOKYO],
      [HARVARD_RP],
      1997,
      [
        ["C1", "JP"],
        ["RP", "US"],
      ],
    ],
    ["C1+RP-fallback", [TOKYO], [TOKYO_RP], 1990, [["C1", "JP"]]],
    ["C1+RP-fallback", [TOKYO], [HARVARD_RP], null, [["C1", "JP"]]],
    ["C1-only", [], [HARVARD_RP], 2020, []],
    ["C1-only", [TOKYO], [HARVARD_RP], 1990, [["C1", "JP"]]],
    [
      "C1+RP",
      [TOKYO],
      [HARVARD_RP, TOKYO_RP],
      2020,
      [
        ["C1", "JP"],
        ["RP", "US"],
      ],
    ],
  ] as const)("%s with C1 %j, RP %j, year %s", (policy, c1s, rps, year, expected) => {
    expect(sources([...c1s], [...rps], year, policy)).toEqual(expected);
  });

  it("resolves each address into organization key and country, keeping the names for author links", () => {
    const { addresses, fromRp } = paperAddresses(
      [c1(1, "UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720")],
      [rp("Nagoya Univ, Grad Sch Sci, Nagoya, Aichi 4648602, Japan", ["Yamamoto, O"])],
      1985,
      "C1+RP-fallback",
      DEFAULT_COUNTRY_OPTIONS,
    );
    expect(fromRp).toBe(1);
    expect(addresses).toEqual([
      {
        address: {
          raw: "UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720",
          source: "C1",
          orgRaw: "UNIV CALIF BERKELEY",
          orgKey: "UNIV CALIF BERKELEY",
          countryToken: "CA 94720",
          country: "US",
          countryInferred: "us-state-zip",
          prefOrgs: [],
          // Filled in once the authors are linked (normalize).
          authorSeqs: [],
        },
        number: 1,
        names: [],
        warnings: [{ code: "us-state-zip", detail: "CA 94720" }],
      },
      {
        address: {
          raw: "Nagoya Univ, Grad Sch Sci, Nagoya, Aichi 4648602, Japan",
          source: "RP",
          orgRaw: "Nagoya Univ",
          orgKey: "NAGOYA UNIV",
          countryToken: "Japan",
          country: "JP",
          countryInferred: null,
          prefOrgs: [],
          authorSeqs: [],
        },
        number: null,
        names: ["Yamamoto, O"],
        warnings: [],
      },
    ]);
  });
});

describe("paperAddresses(…, cache): an address text is resolved once per cache", () => {
  it("gives the addresses found without a cache, on the first paper and on the next ones", () => {
    // An unresolvable token (a warning) and two resolvable ones, the RP taken in by the fallback.
    const odd = c1(2, "Inst Nowhere, Atlantis", ["Sato, Akira"]);
    const uncached = paperAddresses(
      [TOKYO, odd],
      [HARVARD_RP],
      1990,
      "C1+RP-fallback",
      DEFAULT_COUNTRY_OPTIONS,
    );
    const cache = createAddressCache();
    for (let paper = 0; paper < 3; paper++)
      expect(
        paperAddresses([TOKYO, odd], [HARVARD_RP], 1990, "C1+RP-fallback", DEFAULT_COUNTRY_OPTIONS, cache),
      ).toEqual(uncached);
    expect(uncached.addresses.map((a) => a.address.country)).toEqual(["JP", null, "US"]);
    expect(cache.size).toBe(3);
  });
});
