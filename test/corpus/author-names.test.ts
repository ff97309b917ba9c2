// Display names of identifier-keyed authors: one per author for the whole corpus, the form
// written most often, ties to the first in code-unit order, whatever the order of the records.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { authorNames, identifiedAuthors } from "../../src/corpus/author-names.ts";
import { buildCorpus } from "../../src/corpus/build-corpus.ts";
import { readCorpus, streamCorpus } from "../../src/corpus/corpus-file.ts";
import { createIntern } from "../../src/corpus/corpus-paper.ts";
import { writeCorpus } from "../../src/output/corpus-file.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";

/** ORCID iDs with valid check digits (ISO 7064 11,2): 0000-0002-1825-0097 and 0000-0001-5829-5479. */
const SATO = "orcid:0000-0002-1825-0097";
const VALENTINI = "orcid:0000-0001-5829-5479";

/** A record whose one author, written `written`, carries an ORCID iD. */
function record(ut: number, written: string, orcid: string): string {
  return `PT J
AU ${written}
AF ${written}
TI Paper ${ut}
DT Article
C1 [${written}] Univ Tokyo, Dept Chem, Tokyo 1130033, Japan.
OI ${written}/${orcid.slice(6)}
PY 2021
UT WOS:00000000000000${ut}
ER
`;
}

/** The corpus of the records, read in the order given. */
function corpusOf(records: readonly string[]) {
  const items = parsePlainText(`FN Clarivate Analytics Web of Science\nVR 1.0\n${records.join("\n")}EF\n`);
  return buildCorpus(items.map((item) => ({ item, format: "plain" as const })));
}

describe("authorNames(papers)", () => {
  it("takes the form written most often, and among equals the first in code-unit order", () => {
    expect(
      authorNames([
        ["orcid:1", "Wang, Han"],
        ["orcid:1", "WANG, HAN", "orcid:2", "Wang, Hai"],
        ["orcid:1", "Wang, Han"],
        null,
        // orcid:2 once more as "WANG, HAI": 1 each; "WANG, HAI" < "Wang, Hai" ('A' 65 < 'a' 97).
        ["orcid:2", "WANG, HAI"],
      ]),
    ).toEqual(
      new Map([
        ["orcid:1", "Wang, Han"],
        ["orcid:2", "WANG, HAI"],
      ]),
    );
    expect(authorNames([])).toEqual(new Map());
  });

  it("counts a form written before a second one appeared", () => {
    // orcid:1: "Sato, A" twice, then "SATO, A" once → "Sato, A" (2 against 1).
    // orcid:2: "Ito, K" twice, then "ITO, K" three times → "ITO, K" (3 against 2).
    // orcid:3: three forms, once each → the first in code-unit order, "KATO, M" ('A' < 'a').
    expect(
      authorNames([
        ["orcid:1", "Sato, A", "orcid:2", "Ito, K"],
        ["orcid:1", "Sato, A", "orcid:2", "Ito, K", "orcid:3", "Kato, M"],
        ["orcid:1", "SATO, A", "orcid:2", "ITO, K", "orcid:3", "Kato, Mai"],
        ["orcid:2", "ITO, K", "orcid:3", "KATO, M"],
        ["orcid:2", "ITO, K"],
      ]),
    ).toEqual(
      new Map([
        ["orcid:1", "Sato, A"],
        ["orcid:2", "ITO, K"],
        ["orcid:3", "KATO, M"],
      ]),
    );
  });

  it("lists keys in code-unit order", () => {
    expect([
      ...authorNames([
        ["rid:A-1", "A"],
        ["orcid:2", "B", "orcid:1", "C"],
      ]).keys(),
    ]).toEqual(["orcid:1", "orcid:2", "rid:A-1"]);
  });
});

describe("identifiedAuthors(authors, intern)", () => {
  it("keeps identifier-keyed authors only, and nothing at all for a paper without one", () => {
    const intern = createIntern();
    const authors = [
      { key: VALENTINI, name: "Valentini, Alice" },
      { key: "name:ROSSI|M", name: "Rossi, M" },
      { key: "rid:A-1234-2010", name: "Suzuki, Bo" },
    ];
    expect(identifiedAuthors(authors, intern)).toEqual([
      VALENTINI,
      "Valentini, Alice",
      "rid:A-1234-2010",
      "Suzuki, Bo",
    ]);
    expect(identifiedAuthors([{ key: "name:ROSSI|M", name: "Rossi, M" }], intern)).toBeNull();
  });

  it("takes each key from the paper's own keys when given, position by position", () => {
    const intern = createIntern();
    const authors = [
      { key: "name:ROSSI|M", name: "Rossi, M" },
      { key: "rid:A-1234-2010", name: "Suzuki, Bo" },
    ];
    const keys = ["name:ROSSI|M", intern.string("rid:A-1234-2010")];
    const pairs = identifiedAuthors(authors, intern, keys);
    expect(pairs).toEqual(["rid:A-1234-2010", "Suzuki, Bo"]);
  });
});

describe("corpus.authorNames", () => {
  const records = [
    record(1, "Sato, Akira", SATO),
    record(2, "SATO, AKIRA", SATO),
    record(3, "Sato, Akira", SATO),
    record(4, "Valentini, Alice", VALENTINI),
  ];

  it("names each ORCID-keyed author by its most frequent form, whatever the order of the records", () => {
    // Sato: "Sato, Akira" on papers 1 and 3, "SATO, AKIRA" on paper 2.
    const expected = new Map([
      [SATO, "Sato, Akira"],
      [VALENTINI, "Valentini, Alice"],
    ]);
    expect(corpusOf(records).authorNames).toEqual(expected);
    expect(corpusOf([...records].reverse()).authorNames).toEqual(expected);
  });

  it("is saved in lines of its own after the header, read back, and skipped when streaming papers", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "copub-names-")), "corpus.jsonl.gz");
    const corpus = corpusOf(records);
    await writeCorpus(path, corpus);
    const lines = gunzipSync(readFileSync(path)).toString("utf8").split("\n");
    expect(lines[0]).toMatch(/^\{"format":"copub-corpus","version":4,/);
    expect(lines[0]).not.toContain("authorNames");
    // Saved as a JSON object in key order (SATO's 0000-0002-… after VALENTINI's 0000-0001-…).
    expect(lines[1]).toBe(`{"authorNames":{"${VALENTINI}":"Valentini, Alice","${SATO}":"Sato, Akira"}}`);
    expect(lines[2]).toMatch(/^\{"ut":"WOS:000000000000001"/);
    expect((await readCorpus(path)).authorNames).toEqual(corpus.authorNames);
    // Re-scoped on reading, the names stay those of the whole saved corpus.
    expect((await readCorpus(path, { years: { from: 1990, to: 1991 } })).authorNames).toEqual(
      corpus.authorNames,
    );
    const streamed: string[] = [];
    for await (const paper of streamCorpus(path)) streamed.push(paper.ut);
    expect(streamed).toHaveLength(4);
  });
});
