// ORCID / ResearcherID entries → authors (methodology §3.4): an entry naming the author exactly wins
// over a surname-and-initial match; entries matching one author equally with different
// identifiers link none. Hand-made cases, the two real cases of the shared samples, and XML.
import { describe, expect, it } from "vitest";
import { linkIdentifierEntries } from "../../src/read/_identifier-links.ts";
import { createRankedNameMatcher } from "../../src/read/names.ts";
import { parsePlainText, readPlainText } from "../../src/read/plain-text.ts";
import type { WosRecord } from "../../src/read/wos-record.ts";
import { parseXml } from "../../src/read/xml.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

const ALICE = "0000-0001-5829-5479";
const ALESSIO = "0000-0003-4733-7519";

describe("linkIdentifierEntries(match, had, entries)", () => {
  const match = createRankedNameMatcher([
    ["Valentini, Alice", "Valentini, A"],
    ["Pompanon, Francois", "Pompanon, F"],
  ]);

  it.each([
    [
      "Alessio's entry first",
      [
        { name: "valentini, alessio", id: ALESSIO },
        { name: "Valentini, Alice", id: ALICE },
      ],
    ],
    [
      "Alessio's entry last",
      [
        { name: "Valentini, Alice", id: ALICE },
        { name: "valentini, alessio", id: ALESSIO },
      ],
    ],
  ])("gives Alice the entry with her full name, whatever the order (%s)", (_order, entries) => {
    const { ids, left } = linkIdentifierEntries(match, [null, null], entries);
    expect(ids).toEqual([ALICE, null]);
    expect(left).toEqual([
      { entry: { name: "valentini, alessio", id: ALESSIO }, author: 0, why: "outranked" },
    ]);
  });

  it("ranks her full name over her abbreviated name, and that over surname and initial", () => {
    const entries = [
      { name: "Valentini, A.", id: "A-1" },
      { name: "Valentini, Alessio", id: "A-2" },
    ];
    expect(linkIdentifierEntries(match, [null, null], entries).ids).toEqual(["A-1", null]);
    expect(
      linkIdentifierEntries(match, [null, null], [...entries, { name: "VALENTINI, ALICE", id: "A-3" }]).ids,
    ).toEqual(["A-3", null]);
  });

  it("links none when two entries name the author equally with different identifiers, one when they agree", () => {
    const twice = [
      { name: "valentini, alice", id: "S-2040-2019" },
      { name: "Valentini, Alice", id: "AFS-1389-2022" },
    ];
    const { ids, left } = linkIdentifierEntries(match, [null, null], twice);
    expect(ids).toEqual([null, null]);
    expect(left.map((l) => l.why)).toEqual(["ambiguous", "ambiguous"]);
    const same = [twice[0], { name: "Valentini, Alice", id: "S-2040-2019" }] as typeof twice;
    expect(linkIdentifierEntries(match, [null, null], same)).toEqual({
      ids: ["S-2040-2019", null],
      left: [],
    });
  });

  it("keeps an identifier the author already has, and leaves another entry as a conflict", () => {
    const { ids, left } = linkIdentifierEntries(
      match,
      [ALICE, null],
      [{ name: "Valentini, Alice", id: "0000-0002-1825-0097" }],
    );
    expect(ids).toEqual([ALICE, null]);
    expect(left).toMatchObject([{ author: 0, why: "conflict" }]);
  });

  it("leaves an entry that names no author", () => {
    expect(linkIdentifierEntries(match, [null, null], [{ name: "赵, 鹏", id: "B-8401-2009" }]).left).toEqual([
      { entry: { name: "赵, 鹏", id: "B-8401-2009" }, author: -1, why: "no-author" },
    ]);
  });
});

/** The record with this UT in a shared plain-text export. */
async function sharedRecord(file: string, ut: string): Promise<WosRecord> {
  for await (const item of readPlainText(`${SHARED_WOS}plaintext/${file}`))
    if (item.ok && item.record.ut === ut) return item.record;
  throw new Error(`${ut} not in ${file}`);
}

describe.skipIf(!HAVE_SHARED)(
  `the two real cases of bench-decol-EU-citing-01-1000rec.txt${NEEDS_SHARED}`,
  () => {
    const file = "bench-decol-EU-citing-01-1000rec.txt";

    it("WOS:000263396900010 (Valentini, Alice; Pompanon; Taberlet): Alice gets her own ORCID, Alessio's is left", async () => {
      // OI: Taberlet, Pierre/0000-0002-3554-5954; Pompanon, François/0000-0003-4600-0172;
      //     valentini, alessio/0000-0003-4733-7519; Valentini, Alice/0000-0001-5829-5479
      // RI: … valentini, alice/S-2040-2019; valentini, alessio/L-3970-2013; 赵, 鹏/B-8401-2009;
      //     Valentini, Alice/AFS-1389-2022 — two RIDs naming Alice exactly: neither is linked.
      const record = await sharedRecord(file, "WOS:000263396900010");
      expect(record.authors.map((a) => [a.fullName, a.orcid, a.researcherId])).toEqual([
        ["Valentini, Alice", ALICE, null],
        ["Pompanon, Francois", "0000-0003-4600-0172", "D-3459-2009"],
        ["Taberlet, Pierre", "0000-0002-3554-5954", "D-1178-2010"],
      ]);
      expect(record.unlinkedIdentifiers).toEqual([
        { name: "valentini, alessio", orcid: ALESSIO, researcherId: "L-3970-2013" },
        { name: "valentini, alice", orcid: null, researcherId: "S-2040-2019" },
        { name: "赵, 鹏", orcid: null, researcherId: "B-8401-2009" },
        { name: "Valentini, Alice", orcid: null, researcherId: "AFS-1389-2022" },
      ]);
      expect(record.warnings.filter((w) => w.code === "identifier-ambiguous")).toEqual([
        {
          code: "identifier-ambiguous",
          detail:
            'RI entry "valentini, alice/S-2040-2019", RI entry "Valentini, Alice/AFS-1389-2022" name author "Valentini, Alice" equally; none is linked',
        },
      ]);
    });

    it("WOS:000504934700001: Wang, Han (author 686) gets the ORCID of the entry `Wang, Han`, not that of `Wang, Hai`", async () => {
      // OI: … Wang, Hai/0000-0001-6507-5503 … Wang, Han/0000-0003-2482-1818 (the authors include
      // Wang, Han, Wang, Feng and Wang, Weiqi: no Wang, Hai).
      const record = await sharedRecord(file, "WOS:000504934700001");
      const han = record.authors.find((a) => a.fullName === "Wang, Han");
      expect([han?.seq, han?.orcid]).toEqual([686, "0000-0003-2482-1818"]);
      expect(record.unlinkedIdentifiers).toContainEqual({
        name: "Wang, Hai",
        orcid: "0000-0001-6507-5503",
        researcherId: null,
      });
    });
  },
);

describe("the same rule in plain text (OI) and in XML (contributors)", () => {
  it("plain text: a hand-made copy of the Valentini case", () => {
    const [item] = parsePlainText(
      `PT J\nAU Valentini, A\nAF Valentini, Alice\nOI valentini, alessio/${ALESSIO}; Valentini, Alice/${ALICE}\nUT WOS:000000000000001\nER\n`,
    );
    expect(item?.ok === true && item.record.authors[0]?.orcid).toBe(ALICE);
  });

  it("plain text: OI and RI naming the same people, one of them nobody's", () => {
    // Sato, Akira is Sato's AF exactly in both lists; "Suzuki, B." is Suzuki's AU key "SUZUKI, B"
    // (RI only); Tanaka, C names no author (no author's name starts with T) in either list, so
    // one unlinked entry keeps both its identifiers, and each list warns once for it (OI's
    // detail sorts before RI's).
    const [item] = parsePlainText(
      "PT J\nAU Sato, A\n   Suzuki, B\nAF Sato, Akira\n   Suzuki, Bo\n" +
        "OI Sato, Akira/0000-0001-0000-0001; Tanaka, C/0000-0002-0000-0002\n" +
        "RI Sato, Akira/A-1111-2010; Tanaka, C/B-2222-2011; Suzuki, B./C-3333-2012\n" +
        "UT WOS:000000000000002\nER\n",
    );
    if (item?.ok !== true) throw new Error("the record was rejected");
    const { authors, unlinkedIdentifiers, warnings } = item.record;
    expect(authors.map((a) => [a.orcid, a.researcherId])).toEqual([
      ["0000-0001-0000-0001", "A-1111-2010"],
      [null, "C-3333-2012"],
    ]);
    expect(unlinkedIdentifiers).toEqual([
      { name: "Tanaka, C", orcid: "0000-0002-0000-0002", researcherId: "B-2222-2011" },
    ]);
    expect(warnings.filter((w) => w.code.startsWith("identifier-"))).toEqual([
      { code: "identifier-unlinked", detail: 'OI entry "Tanaka, C/0000-0002-0000-0002"' },
      { code: "identifier-unlinked", detail: 'RI entry "Tanaka, C/B-2222-2011"' },
    ]);
  });

  it("XML: contributors named Alessio and Alice on Alice's paper", () => {
    const name = (role: string, full: string, orcid: string) =>
      `<name role="${role}" seq_no="1" orcid_id="${orcid}"><display_name>${full}</display_name><full_name>${full}</full_name></name>`;
    const xml = `<records><REC><UID>WOS:000000000000001</UID><static_data><summary><names count="1">
      <name role="author" seq_no="1"><display_name>Valentini, Alice</display_name><full_name>Valentini, Alice</full_name><wos_standard>Valentini, A</wos_standard></name>
      </names></summary><contributors count="2">
      <contributor>${name("researcher_id", "valentini, alessio", ALESSIO)}</contributor>
      <contributor>${name("researcher_id", "Valentini, Alice", ALICE)}</contributor>
      </contributors></static_data></REC></records>`;
    const [item] = parseXml(xml);
    expect(item?.ok === true && item.record.authors.map((a) => a.orcid)).toEqual([ALICE]);
    expect(item?.ok === true && item.record.unlinkedIdentifiers).toEqual([
      { name: "valentini, alessio", orcid: ALESSIO, researcherId: null },
    ]);
  });

  it("XML: contributors with no identifier link none and leave the author's own", () => {
    const xml = `<records><REC><UID>WOS:000000000000001</UID><static_data><summary><names count="2">
      <name role="author" seq_no="1" orcid_id="${ALICE}"><display_name>Valentini, Alice</display_name><wos_standard>Valentini, A</wos_standard></name>
      <name role="author" seq_no="2"><display_name>Rossi, Bruno</display_name><wos_standard>Rossi, B</wos_standard></name>
      </names></summary><contributors count="1">
      <contributor><name role="researcher_id" seq_no="2"><display_name>Rossi, Bruno</display_name></name></contributor>
      </contributors></static_data></REC></records>`;
    const [item] = parseXml(xml);
    const record = item?.ok === true ? item.record : undefined;
    expect(record?.authors.map((a) => [a.orcid, a.researcherId])).toEqual([
      [ALICE, null],
      [null, null],
    ]);
    expect(record?.unlinkedIdentifiers).toEqual([]);
    expect(record?.warnings).toEqual([]);
  });
});
