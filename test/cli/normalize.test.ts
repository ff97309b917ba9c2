import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const DATA_SET_C = sample("methodology/data-set-c.txt");
const lines = (text: string) => text.trimEnd().split("\n");

describe("copub normalize <inputs...>", () => {
  it("writes one JSON line per paper, sorted by UT, in the documented key order", async () => {
    const { code, stdout, stderr } = await run("normalize", DATA_SET_C);
    expect(code).toBe(0);
    const rows = lines(stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((r) => r.ut)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `WOS:00000000000000${n}`));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "ut",
      "year",
      "docTypes",
      "inScope",
      "countries",
      "countryNames",
      "institutions",
      "fields",
      "citations",
      "warnings",
      "exclusions",
      "addresses",
    ]);
    // P5 (Appendix C.1): Harvard and MIT in the US, Peking Univ in China.
    expect(rows[4]).toMatchObject({
      countries: ["CN", "US"],
      countryNames: ["China", "United States"],
      institutions: [
        { country: "CN", orgKey: "PEKING UNIV" },
        { country: "US", orgKey: "HARVARD UNIV" },
        { country: "US", orgKey: "MIT" },
      ],
      citations: 4,
    });
    // P7: the only address is the reprint address, and the line shows it.
    expect(rows[6]?.addresses).toEqual([
      {
        source: "RP",
        address: "Nagoya Univ, Grad Sch Engn, Nagoya, Aichi 4648603, Japan",
        countryToken: "Japan",
        country: "JP",
        countryInferred: null,
        orgKey: "NAGOYA UNIV",
      },
    ]);
    expect(stderr).toBe("copub normalize: 8 records: 8 parsed (8 in scope), 0 rejected\n");
  });

  it("applies normalization options: --years puts papers out of scope, with the reason", async () => {
    const { stdout } = await run("normalize", "--years", "2019-2020", DATA_SET_C);
    const first = JSON.parse(lines(stdout)[0] ?? "{}") as { inScope: boolean; exclusions: string[] };
    expect([first.inScope, first.exclusions]).toEqual([false, ["year-out-of-scope"]]);
  });

  it("writes CSV with lists joined by semicolons", async () => {
    const { stdout } = await run("normalize", "--format", "csv", DATA_SET_C);
    const [header, p1] = lines(stdout);
    expect(header).toBe(
      "ut,year,docTypes,inScope,exclusions,countries,countryNames,institutions,esiFields,nistepFields,fieldSource,citations,warnings",
    );
    expect(p1).toBe(
      "WOS:000000000000001,2021,Article,true,,JP;US,Japan;United States,JP:KYOTO UNIV;JP:UNIV TOKYO;US:HARVARD UNIV,CHE:1,chem:1,wc-default,10,",
    );
  });

  it("reports rejected records on stderr and still exits 0", async () => {
    const { code, stderr } = await run("normalize", sample("plain-text/record-without-ut.txt"));
    expect(code).toBe(0);
    expect(stderr).toContain("missing-ut");
    // The early-access record without PY takes its year from EA (2022), so both parsed records are in scope.
    expect(stderr).toContain("3 records: 2 parsed (2 in scope), 1 rejected");
  });

  it.each([
    [
      ["normalize", "--uk-nations", "split", DATA_SET_C],
      '--uk-nations must be one of merge, separate, not "split"',
    ],
    [["normalize", "--years", "21-22", DATA_SET_C], "--years must look like 2019-2021"],
    [["normalize", "--doc-types", "article,poem", DATA_SET_C], 'unknown document type "poem"'],
    [["normalize", "--format", "xml", DATA_SET_C], "--format must be one of jsonl, csv"],
  ])("exits 2 for a bad option: %j", async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("copub countries <inputs...>", () => {
  it("counts records per country with the tokens read as it (data set C)", async () => {
    const { code, stdout } = await run("countries", "--format", "json", DATA_SET_C);
    expect(code).toBe(0);
    // JP: P1–P4, P6 and P7 (RP); US: P1, P5; one each for CN (P5), DE (P6), FR and GB (P4).
    expect(JSON.parse(stdout)).toEqual([
      { country: "CN", name: "China", alpha3: "CHN", records: 1, tokens: ["Peoples R China"] },
      { country: "DE", name: "Germany", alpha3: "DEU", records: 1, tokens: ["Germany"] },
      { country: "FR", name: "France", alpha3: "FRA", records: 1, tokens: ["France"] },
      { country: "GB", name: "United Kingdom", alpha3: "GBR", records: 1, tokens: ["England"] },
      { country: "JP", name: "Japan", alpha3: "JPN", records: 6, tokens: ["Japan"] },
      { country: "US", name: "United States", alpha3: "USA", records: 2, tokens: ["MA ##### USA"] },
    ]);
  });

  it("names each country beside its key in the text and CSV tables (data set C)", async () => {
    const text = (await run("countries", DATA_SET_C)).stdout.split("\n");
    expect(text[0]).toBe("country  name            alpha3  records  tokens");
    expect(text[4]).toBe("GB       United Kingdom  GBR     1        England");
    const csv = (await run("countries", "--format", "csv", DATA_SET_C)).stdout.split("\n");
    expect(csv.slice(0, 2)).toEqual(["country,name,alpha3,records,tokens", "CN,China,CHN,1,Peoples R China"]);
  });

  it("--unresolved lists each unresolved token with its records and the smallest UT", async () => {
    const { code, stdout } = await run(
      "countries",
      "--unresolved",
      sample("plain-text/unresolved-country-tokens.txt"),
    );
    expect(code).toBe(0);
    // "Atlantis" ends addresses of both records; "ND" (a state code without ZIP) one of them.
    expect(stdout).toBe(
      "token     records  example UT\nAtlantis  2        WOS:000600000000030\nND        1        WOS:000600000000031\n",
    );
  });
});
