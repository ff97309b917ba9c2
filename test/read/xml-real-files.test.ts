// The XML reader on the real WoS XML files in ../shared/data-samples/wos/xml: the record counts
// PROVENANCE.md states (read from the document), values read by hand from the files, and a
// plain-text record transcribed by hand into XML (data-samples/xml/plain-text-twin-…) read both ways.
import { describe, expect, it } from "vitest";
import { collect } from "../../src/read/collect.ts";
import { readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { type WosRecord, WosRecordSchema } from "../../src/read/wos-record.ts";
import { readXml } from "../../src/read/xml.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";

async function recordsOf(file: string): Promise<WosRecord[]> {
  const { records, rejections } = await collect(readXml(`${SHARED_WOS}xml/${file}`));
  expect(rejections).toEqual([]);
  return [...records];
}

async function linesOf(file: string): Promise<(number | null)[]> {
  const lines: (number | null)[] = [];
  for await (const item of readXml(`${SHARED_WOS}xml/${file}`) as AsyncIterable<ReadItem>) {
    lines.push(item.ok ? item.at.line : item.rejection.line);
  }
  return lines;
}

function only<T>(values: readonly T[]): T {
  expect(values).toHaveLength(1);
  return values[0] as T;
}

describe.skipIf(!HAVE_SHARED)(`readXml(path) on every XML file of PROVENANCE.md${NEEDS_SHARED}`, () => {
  const files = HAVE_SHARED ? provenanceFiles().filter((f) => f.format === "xml") : [];

  it("finds the 9 XML files of the provenance table", () => {
    expect(files).toHaveLength(9);
  });

  it.each(files.map((f) => [f.file, f.records] as const))(
    "%s gives %i records, all parsed and valid WosRecords",
    async (file, records) => {
      const { report, records: parsed } = await collect(readXml(`${SHARED_WOS}${file}`));
      expect(report).toEqual({ records, parsed: records, rejected: 0, byCode: {} });
      for (const record of parsed) expect(WosRecordSchema.parse(record)).toEqual(record);
    },
  );
});

describe.skipIf(!HAVE_SHARED)(
  `readXml(path) maps values read by hand from the real files${NEEDS_SHARED}`,
  () => {
    it("sulpub-api-record-2016-istp-1rec.xml: bare <REC> root, single quotes, addr_no='1 2'", async () => {
      const record = only(await recordsOf("sulpub-api-record-2016-istp-1rec.xml"));
      expect(await linesOf("sulpub-api-record-2016-istp-1rec.xml")).toEqual([1]);
      expect(record).toMatchObject({
        ut: "WOS:000386326200035",
        doi: null,
        publicationType: "S",
        documentTypes: ["Proceedings Paper"],
        title: "SEPARATING THE CAUSES AND CONSEQUENCES IN DISEASE TRANSCRIPTOME",
        sourceTitle: "PACIFIC SYMPOSIUM ON BIOCOMPUTING 2016",
        sourceAbbreviation: "BIOCOMPUT-PAC SYMP BIOCOMPUT",
        issn: "2335-6936",
        language: "English",
        publicationYear: 2016,
        editions: ["WOS.ISTP"],
        timesCited: 0,
        citedReferenceCount: 50,
        citedReferences: [],
      });
      // Six book_editor names follow the three authors; they are not authors.
      expect(record.authors).toEqual([
        {
          seq: 1,
          name: "Li, YF",
          fullName: "Li, Yong Fuga",
          orcid: null,
          researcherId: null,
          addressNumbers: [1, 2],
        },
        {
          seq: 2,
          name: "Xin, FX",
          fullName: "Xin, Fuxiao",
          orcid: null,
          researcherId: null,
          addressNumbers: [3],
        },
        {
          seq: 3,
          name: "Altman, RB",
          fullName: "Altman, Russ B.",
          orcid: null,
          researcherId: null,
          addressNumbers: [1, 4],
        },
      ]);
      expect(record.addresses.map((a) => [a.number, a.authors])).toEqual([
        [1, ["Li, Yong Fuga", "Altman, Russ B."]],
        [2, ["Li, Yong Fuga"]],
        [3, ["Xin, Fuxiao"]],
        [4, ["Altman, Russ B."]],
      ]);
      expect(record.addresses[2]).toEqual({
        number: 3,
        text: "Stanford Univ, Machine Learning Lab, GE Global Res, Stanford, CA 94305 USA",
        authors: ["Xin, Fuxiao"],
        organizations: ["General Electric", "Stanford University"],
        parts: {
          organizations: ["Stanford Univ"],
          suborganizations: ["Machine Learning Lab", "GE Global Res"],
          city: "Stanford",
          state: "CA",
          country: "USA",
          zip: "94305",
        },
      });
      expect(record.reprintAddresses).toEqual([
        { authors: ["Altman, RB"], text: "Stanford Univ, Dept Bioengn, Stanford, CA 94305 USA" },
        { authors: ["Altman, RB"], text: "Stanford Univ, Dept Genet, Stanford, CA 94305 USA" },
      ]);
      expect(record.categories).toEqual([
        "Computer Science, Interdisciplinary Applications",
        "Engineering, Electrical & Electronic",
        "Mathematical & Computational Biology",
      ]);
      expect(record.researchAreas).toEqual([
        "Computer Science",
        "Engineering",
        "Mathematical & Computational Biology",
      ]);
      expect(record.keywordsPlus).toHaveLength(10);
      expect(record.keywordsPlus[0]).toBe("INDEPENDENT COMPONENT ANALYSIS");
      expect(record.warnings).toEqual([]);
    });

    it("dongboshi-raw-ahci-2023-1rec.xml: early access, pubmonth, escaped markup in the title, r_id under the address", async () => {
      const record = only(await recordsOf("dongboshi-raw-ahci-2023-1rec.xml"));
      expect(record).toMatchObject({
        ut: "WOS:000900702900001",
        doi: "10.1080/08831157.2022.2149289",
        title: "Planetariedad en <i>El mal de la taiga</i>, de Cristina Rivera Garza",
        issn: "0883-1157",
        eissn: "1940-3216",
        isoSourceAbbreviation: "Roman. Q.",
        publicationYear: 2023,
        publicationDate: "JAN 2",
        earlyAccessDate: "DEC 2022",
        earlyAccessYear: 2022,
        timesCited: null,
      });
      expect(record.authors).toEqual([
        {
          seq: 1,
          name: "Enríquez, ECV",
          fullName: "Enriquez, Emily Celeste Vazquez",
          orcid: null,
          researcherId: "HIB-2644-2022",
          addressNumbers: [1],
        },
      ]);
      // Two pref="Y" names; the three pref="D" department names are neither unified nor as written.
      expect(record.addresses[0]?.organizations).toEqual([
        "University of California System",
        "University of California Davis",
      ]);
    });

    it("dongboshi-raw-ssci-2022-1rec.xml: addr_no='1 2', references in file order", async () => {
      const record = only(await recordsOf("dongboshi-raw-ssci-2022-1rec.xml"));
      expect(record.authors.map((a) => [a.fullName, a.addressNumbers, a.researcherId])).toEqual([
        ["Hu, Jieming", [1, 2], "ITE-7768-2023"],
        ["Zhang, Xin", [1], "GBG-0566-2022"],
      ]);
      expect(record.addresses[0]).toEqual({
        number: 1,
        text: "Donghua Univ, Coll Fash & Design, Shanghai, Peoples R China",
        authors: ["Hu, Jieming", "Zhang, Xin"],
        organizations: ["Donghua University"],
        parts: {
          organizations: ["Donghua Univ"],
          suborganizations: ["Coll Fash & Design"],
          city: "Shanghai",
          state: null,
          country: "Peoples R China",
          zip: null,
        },
      });
      expect(record.citedReferenceCount).toBe(28);
      expect(record.citedReferences).toHaveLength(28);
      expect(record.citedReferences?.[0]).toBe(
        "Rakatansky M., 1992, Spatial narratives. strategies in architectural thinking",
      );
      expect(record.citedReferences?.[4]).toBe(
        "Cropley D, 2017, EUROPEAN JOURNAL OF INNOVATION MANAGEMENT, V20, P493, DOI 10.1108/EJIM-12-2016-0120",
      );
      expect(record.authorKeywords).toEqual([
        "design innovation",
        "entrepreneurship",
        "organizational culture",
        "psychological cognition",
        "spatial narrative",
        "community of practice",
      ]);
      expect(record.keywordsPlus).toEqual(["WORK"]);
    });

    it("sulpub-api-soap-retrieve-1972-1976-2rec.xml: escaped SOAP payload, old UIDs, a category listed twice", async () => {
      const records = await recordsOf("sulpub-api-soap-retrieve-1972-1976-2rec.xml");
      expect(await linesOf("sulpub-api-soap-retrieve-1972-1976-2rec.xml")).toEqual([15, 16]);
      expect(records.map((r) => [r.ut, r.timesCited, r.citedReferenceCount, r.documentTypes])).toEqual([
        ["WOS:A1976BW18000001", 12, 41, ["Article"]],
        ["WOS:A1972N549400003", 0, 1, ["Book Review"]],
      ]);
      const [first] = records;
      // `&amp;amp;` in the envelope is `&amp;` in the record and `&` in the value.
      expect(first?.sourceTitle).toBe("COLLEGE & RESEARCH LIBRARIES");
      expect(first?.editions).toEqual(["WOS.SSCI", "WOS.SCI"]);
      // subject traditional is given as "Information Science & Library Science" and again in upper case.
      expect(first?.categories).toEqual(["Information Science & Library Science"]);
      expect(first?.addresses.map((a) => [a.text, a.authors])).toEqual([
        ["STANFORD UNIV LIB,STANFORD,CA 94305", []],
      ]);
    });

    it("sulpub-api-soap-search-2016-1rec.xml: 21 authors, the contributor's ORCID linked to author 21", async () => {
      const record = only(await recordsOf("sulpub-api-soap-search-2016-1rec.xml"));
      expect(await linesOf("sulpub-api-soap-search-2016-1rec.xml")).toEqual([14]);
      expect(record.ut).toBe("WOS:000374412300003");
      expect(record.doi).toBe("10.1126/scitranslmed.aaf7314");
      expect(record.timesCited).toBe(8);
      expect(record.authors).toHaveLength(21);
      expect(record.authors[20]).toMatchObject({
        seq: 21,
        name: "Kass-Hout, T",
        orcid: "0000-0002-0123-5157",
      });
      expect(record.unlinkedIdentifiers).toEqual([]);
    });

    it("dongboshi-raw-1985-100rec.xml: one REC per line in nested <records>, DOI from xref_doi, grants", async () => {
      const records = await recordsOf("dongboshi-raw-1985-100rec.xml");
      // Line 5 holds the first REC; each REC line is followed by "</records>…" and "<records xmlns=…>".
      expect(await linesOf("dongboshi-raw-1985-100rec.xml")).toEqual(records.map((_, i) => 5 + 3 * i));
      expect(records[0]?.ut).toBe("WOS:A1985E164300003");
      const pasteur = records.find((r) => r.ut === "WOS:A1985ABY2000002");
      expect(pasteur?.doi).toBe("10.1016/s0769-2609(85)80015-6");
      expect(pasteur?.grants).toEqual([
        {
          agency: "NATIONAL INSTITUTE OF GENERAL MEDICAL SCIENCES",
          grantIds: ["R01GM019957", "R01GM034317"],
        },
        { agency: "NIGMS NIH HHS", grantIds: ["GM 19957", "GM 34317"] },
      ]);
      const anonymous = records.find((r) => r.ut === "WOS:A1985AQX4300021");
      expect(anonymous?.authors.map((a) => a.name)).toEqual(["[Anonymous]"]);
      expect(records.every((r) => r.timesCited === null)).toBe(true);
    });

    it("dongboshi-raw-bhci-2022-2rec-multiroot.xml: two root elements, a book author who is not an author", async () => {
      const records = await recordsOf("dongboshi-raw-bhci-2022-2rec-multiroot.xml");
      expect(await linesOf("dongboshi-raw-bhci-2022-2rec-multiroot.xml")).toEqual([2, 160]);
      expect(records[0]?.authors.map((a) => a.fullName)).not.toContain("Kirkby, D");
      expect(records[1]?.grants).toEqual([
        {
          agency: "National Institute of Diabetes and Digestive and Kidney Diseases",
          grantIds: ["T35DK104689"],
        },
      ]);
    });
  },
);

describe.skipIf(!HAVE_SHARED)(
  `a plain-text record and its hand-written XML transcription give equal values${NEEDS_SHARED}`,
  () => {
    it("WOS:001447739000001 (plaintext/kth-2024-2025-95rec.txt ≡ data-samples/xml/plain-text-twin-…)", async () => {
      const plain = (
        await collect(readPlainText(`${SHARED_WOS}plaintext/kth-2024-2025-95rec.txt`))
      ).records.find((r) => r.ut === "WOS:001447739000001");
      const xml = only(
        (await collect(readXml(sample("xml/plain-text-twin-WOS-001447739000001.xml")))).records,
      );
      const compared = (r: WosRecord | undefined) => ({
        ut: r?.ut,
        doi: r?.doi,
        publicationType: r?.publicationType,
        documentTypes: r?.documentTypes,
        title: r?.title,
        sourceTitle: r?.sourceTitle,
        sourceAbbreviation: r?.sourceAbbreviation,
        isoSourceAbbreviation: r?.isoSourceAbbreviation,
        issn: r?.issn,
        eissn: r?.eissn,
        language: r?.language,
        publicationYear: r?.publicationYear,
        publicationDate: r?.publicationDate,
        authors: r?.authors.map((a) => ({ seq: a.seq, name: a.name, fullName: a.fullName })),
        addresses: r?.addresses.map((a) => ({ number: a.number, text: a.text, authors: a.authors })),
        organizations: r?.organizations,
        // RP keeps its final period in the text exports (ReprintAddress.text is as written); XML's
        // full_address has none. Address.text drops that period in every format, so C1 needs no such step.
        reprintAddresses: r?.reprintAddresses.map((a) => ({ ...a, text: a.text.replace(/\.$/, "") })),
        timesCited: r?.timesCited,
        citedReferenceCount: r?.citedReferenceCount,
        categories: r?.categories,
        researchAreas: r?.researchAreas,
        grants: r?.grants,
        fundingText: r?.fundingText,
        authorKeywords: r?.authorKeywords,
        keywordsPlus: r?.keywordsPlus,
      });
      expect(plain).toBeDefined();
      expect(compared(xml)).toEqual(compared(plain));
      // Values read from the plain-text record by hand, so the comparison cannot pass on two empty records.
      expect(compared(xml)).toMatchObject({
        ut: "WOS:001447739000001",
        doi: "10.1103/physrevb.111.054513",
        title:
          "Microscopic approach to the problem of enhancement and suppression of superconductivity on twinning planes",
        authors: [
          { seq: 1, name: "Talkachov, A", fullName: "Talkachov, Anton" },
          { seq: 2, name: "Kaushik, S", fullName: "Kaushik, Sahal" },
          { seq: 3, name: "Babaev, E", fullName: "Babaev, Egor" },
        ],
        addresses: [
          {
            number: 1,
            text: "KTH Royal Inst Technol, Dept Phys, SE-10691 Stockholm, Sweden",
            authors: ["Talkachov, Anton", "Kaushik, Sahal", "Babaev, Egor"],
          },
          {
            number: 2,
            text: "Stockholm Univ, Nordita, Hannes Alfvens vag 12, SE-10691 Stockholm, Sweden",
            authors: ["Kaushik, Sahal"],
          },
          {
            number: 3,
            text: "KTH Royal Inst Technol, Hannes Alfvens vag 12, SE-10691 Stockholm, Sweden",
            authors: ["Kaushik, Sahal"],
          },
        ],
        timesCited: 0,
        categories: ["Materials Science, Multidisciplinary", "Physics, Applied", "Physics, Condensed Matter"],
        researchAreas: ["Materials Science", "Physics"],
      });
      // XML adds what plain text cannot say: which address numbers each author has.
      expect(xml.authors.map((a) => a.addressNumbers)).toEqual([[1], [1, 2, 3], [1]]);
    });
  },
);
