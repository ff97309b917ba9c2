// The synthetic WoS generator of benchmarks/generate/ against copub's real readers: every
// record it writes must be read back without a rejection or a warning, in all three formats,
// and the same seed must give the same bytes.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNTRIES } from "../../benchmarks/generate/countries.ts";
import { createPaperSynthesizer } from "../../benchmarks/generate/paper.ts";
import { plainTextHeader } from "../../benchmarks/generate/plain-text.ts";
import { createRandom } from "../../benchmarks/generate/random.ts";
import { createCountryDrawer, type WorldTrends } from "../../benchmarks/generate/world.ts";
import { type GenerateOptions, writeSyntheticExport } from "../../benchmarks/generate/write.ts";
import { resolveCountry } from "../../src/normalize/countries.ts";
import { validOrcid } from "../../src/normalize/orcid.ts";
import { type Collected, collect } from "../../src/read/collect.ts";
import { readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem, WosFormat } from "../../src/read/read-item.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";
import type { WosRecord } from "../../src/read/wos-record.ts";
import { readXml } from "../../src/read/xml.ts";

const READERS: Readonly<Record<WosFormat, (path: string) => AsyncIterable<ReadItem>>> = {
  plain: readPlainText,
  tab: readTabDelimited,
  xml: readXml,
};
const FORMATS: readonly WosFormat[] = ["plain", "tab", "xml"];
const SEEDS: readonly number[] = [1, 42, 0xfffffffe];
const RECORDS = 200;
/** Raised from the defaults so that 200 records surely hold hyper-authored and early-access papers. */
const SHARES = { hyperAuthoredShare: 0.02, earlyAccessShare: 0.05 } as const;

let folder = "";
const read = new Map<string, Collected>();
const key = (format: WosFormat, seed: number): string => `${format}-${seed}`;

async function generate(name: string, options: GenerateOptions): Promise<string> {
  const path = join(folder, name);
  await writeSyntheticExport(path, options);
  return path;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "copub-generate-"));
  for (const seed of SEEDS) {
    for (const format of FORMATS) {
      const path = await generate(`${key(format, seed)}.txt`, { format, records: RECORDS, seed, ...SHARES });
      read.set(key(format, seed), await collect(READERS[format](path)));
    }
  }
  // Nine files, hyper-authored XML records among them: well above vitest's 10 s hook default on a slow machine.
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function collected(format: WosFormat, seed: number): Collected {
  const result = read.get(key(format, seed));
  if (result === undefined) throw new Error(`${key(format, seed)} was not generated`);
  return result;
}

describe("writeSyntheticExport(path, options) output read by copub's readers", () => {
  const cases = SEEDS.flatMap((seed) => FORMATS.map((format) => [format, seed] as const));

  it.each(cases)("%s, seed %d: every record parsed, none rejected, no warnings", (format, seed) => {
    const { records, report } = collected(format, seed);
    expect(report).toEqual({ records: RECORDS, parsed: RECORDS, rejected: 0, byCode: {} });
    expect(records.flatMap((r) => r.warnings)).toEqual([]);
  });

  it.each(cases)("%s, seed %d: UTs are unique and shaped WOS: + 15 digits", (format, seed) => {
    const uts = collected(format, seed).records.map((r) => r.ut);
    expect(new Set(uts).size).toBe(RECORDS);
    for (const ut of uts) expect(ut).toMatch(/^WOS:\d{15}$/);
  });

  it.each(cases)("%s, seed %d: holds hyper-authored and early-access records", (format, seed) => {
    const { records } = collected(format, seed);
    expect(Math.max(...records.map((r) => r.authors.length))).toBeGreaterThanOrEqual(200);
    const earlyAccess = records.filter((r) => r.documentTypes.includes("Early Access"));
    expect(earlyAccess.length).toBeGreaterThan(0);
    for (const record of earlyAccess) {
      expect(record.publicationYear).toBeNull();
      expect(record.earlyAccessYear).toBe(2025);
    }
  });
});

describe("writeSyntheticExport(path, options) is deterministic", () => {
  it.each(FORMATS)("%s: the same seed gives identical bytes twice", async (format) => {
    const options = { format, records: 60, seed: 7, ...SHARES };
    const first = await readFile(await generate(`${format}-again-1`, options));
    const second = await readFile(await generate(`${format}-again-2`, options));
    expect(first.equals(second)).toBe(true);
  });

  it("another seed gives other records", async () => {
    const one = await readFile(await generate("seed-1", { format: "plain", records: 20, seed: 1 }));
    const two = await readFile(await generate("seed-2", { format: "plain", records: 20, seed: 2 }));
    expect(one.equals(two)).toBe(false);
  });

  it("a file of n records is the head of a file of more records with the same seed", async () => {
    const small = await readFile(await generate("head-30", { format: "tab", records: 30, seed: 3 }), "utf8");
    const large = await readFile(await generate("head-90", { format: "tab", records: 90, seed: 3 }), "utf8");
    expect(large.startsWith(small)).toBe(true);
  });
});

describe("writeSyntheticExport(path, options) with the options of split and labelled exports", () => {
  it("first: parts starting at records 0 and 40 hold the records of one 80-record file", async () => {
    const options = { format: "plain", seed: 5 } as const;
    const whole = await readFile(await generate("whole-80", { ...options, records: 80 }), "utf8");
    const head = await readFile(await generate("part-1", { ...options, records: 40 }), "utf8");
    const tail = await readFile(await generate("part-2", { ...options, records: 40, first: 40 }), "utf8");
    const header = plainTextHeader();
    // Each part is a whole export: the first ends with EF, the second starts with the header again.
    expect(`${head.slice(0, -"EF".length)}${tail.slice(header.length)}`).toBe(whole);
  });

  it("label: the FN line says what the file is; tab-delimited and XML have no FN line", async () => {
    const path = await generate("labelled", {
      format: "plain",
      records: 1,
      seed: 5,
      label: "synthetic data",
    });
    expect((await readFile(path, "utf8")).split("\n", 1)[0]).toBe("\uFEFFFN synthetic data");
    await expect(
      generate("labelled-tab", { format: "tab", records: 1, seed: 5, label: "x" }),
    ).rejects.toThrow();
  });
});

/** The static world but for China, whose weight grows 8% a year. */
const CHINA_GROWING: WorldTrends = {
  countries: COUNTRIES,
  baseYear: 2020,
  growth: { "Peoples R China": 1.08 },
  openShare: { first: 0.4, last: 0.4 },
  partnerExponent: 1,
  openness: {},
  affinity: [],
};

describe("createPaperSynthesizer(options) options beyond the benchmarks' defaults", () => {
  it("abstracts: false leaves AB out and changes nothing else", () => {
    const full = createPaperSynthesizer({ seed: 9 });
    const slim = createPaperSynthesizer({ seed: 9, abstracts: false });
    for (let i = 0; i < 50; i++) expect(slim(i)).toEqual({ ...full(i), abstract: null });
  });

  it("hyperAuthoredFields: only papers of those fields are hyper-authored", () => {
    const paper = createPaperSynthesizer({
      seed: 9,
      hyperAuthoredShare: 1,
      hyperAuthoredFields: ["Physics"],
    });
    const papers = Array.from({ length: 60 }, (_, i) => paper(i));
    const hyper = papers.filter((p) => p.authors.length >= 200);
    expect(hyper.length).toBeGreaterThan(0);
    for (const p of hyper) expect(p.field.name).toBe("Physics");
    for (const p of papers.filter((p) => p.field.name === "Physics" && !p.documentType.short))
      expect(p.authors.length).toBeGreaterThanOrEqual(200);
  });

  it("world: a country's share of leads follows its growth (China growing 8% a year, 2006 vs 2023)", () => {
    const world = createCountryDrawer(CHINA_GROWING, { from: 2006, to: 2023 });
    const random = createRandom(1);
    const chinaShare = (year: number): number => {
      let china = 0;
      for (let i = 0; i < 4000; i++) if (world.lead(random, year).name === "Peoples R China") china++;
      return china / 4000;
    };
    // China's weight is 20 × 1.08^(year − 2020): 6.8 in 2006, 25.2 in 2023, the others' stay (about 120 in all).
    expect(chinaShare(2023)).toBeGreaterThan(2 * chinaShare(2006));
  });

  it("world: a country the trends name but do not hold is an error", () => {
    const trends = { ...CHINA_GROWING, growth: { Atlantis: 1.1 } };
    expect(() => createCountryDrawer(trends, { from: 2006, to: 2023 })).toThrow(/Atlantis/);
  });
});

/** The fields the XML reader fills as the text readers do (XML has editions as codes, no Z9, no DA, and adds links and parts). */
function comparable(record: WosRecord) {
  return {
    ut: record.ut,
    doi: record.doi,
    documentTypes: record.documentTypes,
    title: record.title,
    sourceTitle: record.sourceTitle,
    sourceAbbreviation: record.sourceAbbreviation,
    isoSourceAbbreviation: record.isoSourceAbbreviation,
    issn: record.issn,
    eissn: record.eissn,
    language: record.language,
    publicationYear: record.publicationYear,
    publicationDate: record.publicationDate,
    earlyAccessDate: record.earlyAccessDate,
    earlyAccessYear: record.earlyAccessYear,
    authors: record.authors.map(({ addressNumbers: _, ...author }) => author),
    groupAuthors: record.groupAuthors,
    addresses: record.addresses.map(({ number, text, authors }) => ({ number, text, authors })),
    reprintAddresses: record.reprintAddresses.map(({ authors, text }) => ({
      authors,
      text: text.replace(/\.$/, ""),
    })),
    timesCited: record.timesCited,
    citedReferenceCount: record.citedReferenceCount,
    citedReferences: record.citedReferences,
    categories: record.categories,
    researchAreas: record.researchAreas,
    grants: record.grants,
    fundingText: record.fundingText,
    authorKeywords: record.authorKeywords,
    keywordsPlus: record.keywordsPlus,
  };
}

describe("the three formats of one seed carry the same papers", () => {
  it.each(SEEDS)("seed %d: plain text and tab-delimited give equal records", (seed) => {
    expect(collected("tab", seed).records).toEqual(collected("plain", seed).records);
  });

  it.each(SEEDS)("seed %d: XML gives the fields both formats carry", (seed) => {
    const xml = collected("xml", seed).records.map(comparable);
    expect(xml).toEqual(collected("plain", seed).records.map(comparable));
  });

  it.each(SEEDS)("seed %d: XML links authors to addresses as the C1 brackets do", (seed) => {
    for (const record of collected("xml", seed).records) {
      for (const address of record.addresses) {
        const linked = record.authors.filter((a) => a.addressNumbers.includes(address.number));
        expect(linked.map((a) => a.fullName)).toEqual(address.authors);
      }
    }
  });
});

describe("createPaperSynthesizer(options) draws realistic values", () => {
  const paper = createPaperSynthesizer({ seed: 11, ...SHARES });
  const papers = Array.from({ length: 400 }, (_, i) => paper(i));

  it("every address ends in a country copub resolves", () => {
    for (const address of papers.flatMap((p) => p.addresses)) {
      expect(resolveCountry(address.text).country, address.text).not.toBeNull();
    }
  });

  it("every ORCID iD passes the MOD 11-2 check", () => {
    const orcids = papers.flatMap((p) => p.authors.flatMap((a) => (a.orcid === null ? [] : [a.orcid])));
    expect(orcids.length).toBeGreaterThan(0);
    for (const orcid of orcids) expect(validOrcid(orcid)).toBe(orcid);
  });

  it("citation counts have ties: zeros are the most common count", () => {
    const counts = new Map<number, number>();
    for (const { timesCited } of papers) counts.set(timesCited, (counts.get(timesCited) ?? 0) + 1);
    const [mostCommon] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    expect(mostCommon?.[0]).toBe(0);
  });

  it("papers cover many countries, with USA and China the largest", () => {
    const counts = new Map<string, number>();
    for (const p of papers)
      for (const a of p.addresses) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([country]) => country);
    expect(ranked.length).toBeGreaterThan(30);
    expect(ranked.slice(0, 2).sort()).toEqual(["Peoples R China", "USA"]);
  });

  it("rejects a seed that is not a 32-bit unsigned integer", () => {
    expect(() => createPaperSynthesizer({ seed: -1 })).toThrow();
    expect(() => createPaperSynthesizer({ seed: 2 ** 32 })).toThrow();
    expect(() => createPaperSynthesizer({ seed: 1.5 })).toThrow();
  });
});
