/**
 * Journals of synthetic papers. A journal is a pattern (`JOURNAL OF …`, `… LETTERS`) applied to
 * one of a field's topics, so each field has a fixed set of journals whose names, 29-character
 * (J9) and ISO (JI) abbreviations, ISSNs and publisher never change from record to record.
 * Patterns are weighted, so a few journals carry many papers, as in WoS.
 */
import type { Field } from "./fields.ts";
import { issnFrom } from "./identifiers.ts";
import { mix32, type Random, type Weighted, weighted, zipfWeights } from "./random.ts";

/** A journal's publisher as PU, PI and PA give it, with its DOI prefix. */
export interface Publisher {
  /** PU. */
  readonly name: string;
  /** PI, the city. */
  readonly city: string;
  /** PA, the address. */
  readonly address: string;
  /** DOI prefix (`10.1016`). */
  readonly doiPrefix: string;
}

/** One journal (source). */
export interface Journal {
  /** SO, upper case. */
  readonly title: string;
  /** J9, at most 29 characters. */
  readonly abbreviation29: string;
  /** JI. */
  readonly isoAbbreviation: string;
  /** SN. */
  readonly issn: string;
  /** EI. */
  readonly eissn: string;
  /** PU, PI, PA. */
  readonly publisher: Publisher;
  /** Volume of the year 2000; later years count up from it. */
  readonly firstVolume: number;
  /** DOI prefix and the journal's part of the suffix (`10.1016/j.catal`), the start of its DOIs. */
  readonly doiStem: string;
}

const PUBLISHERS: readonly Publisher[] = [
  ["ELSEVIER", "AMSTERDAM", "RADARWEG 29, 1043 NX AMSTERDAM, NETHERLANDS", "10.1016"],
  ["SPRINGER", "NEW YORK", "ONE NEW YORK PLAZA, SUITE 4600, NEW YORK, NY, UNITED STATES", "10.1007"],
  ["WILEY", "HOBOKEN", "111 RIVER ST, HOBOKEN 07030-5774, NJ USA", "10.1002"],
  ["MDPI", "BASEL", "MDPI AG, Grosspeteranlage 5, CH-4052 BASEL, SWITZERLAND", "10.3390"],
  [
    "TAYLOR & FRANCIS LTD",
    "ABINGDON",
    "2-4 PARK SQUARE, MILTON PARK, ABINGDON OR14 4RN, OXON, ENGLAND",
    "10.1080",
  ],
  [
    "FRONTIERS MEDIA SA",
    "LAUSANNE",
    "AVENUE DU TRIBUNAL FEDERAL 34, LAUSANNE, CH-1015, SWITZERLAND",
    "10.3389",
  ],
  [
    "IEEE-INST ELECTRICAL ELECTRONICS ENGINEERS INC",
    "PISCATAWAY",
    "445 HOES LANE, PISCATAWAY, NJ 08855-4141 USA",
    "10.1109",
  ],
  ["AMER CHEMICAL SOC", "WASHINGTON", "1155 16TH ST, NW, WASHINGTON, DC 20036 USA", "10.1021"],
  ["OXFORD UNIV PRESS", "OXFORD", "GREAT CLARENDON ST, OXFORD OX2 6DP, ENGLAND", "10.1093"],
  [
    "PERGAMON-ELSEVIER SCIENCE LTD",
    "OXFORD",
    "THE BOULEVARD, LANGFORD LANE, KIDLINGTON, OXFORD OX5 1GB, ENGLAND",
    "10.1016",
  ],
  ["SAGE PUBLICATIONS INC", "THOUSAND OAKS", "2455 TELLER RD, THOUSAND OAKS, CA 91320 USA", "10.1177"],
  ["NATURE PORTFOLIO", "BERLIN", "HEIDELBERGER PLATZ 3, BERLIN, 14197, GERMANY", "10.1038"],
].map(([name, city, address, doiPrefix]) => ({
  name: name as string,
  city: city as string,
  address: address as string,
  doiPrefix: doiPrefix as string,
}));

/** Title patterns (`%` is the topic) with their J9 and JI forms of the fixed words. */
const PATTERNS: readonly (readonly [title: string, j9: string, ji: string])[] = [
  ["JOURNAL OF %", "J %", "J. %"],
  ["% RESEARCH", "% RES", "% Res."],
  ["INTERNATIONAL JOURNAL OF %", "INT J %", "Int. J. %"],
  ["ADVANCES IN %", "ADV %", "Adv. %"],
  ["% LETTERS", "% LETT", "% Lett."],
  ["FRONTIERS IN %", "FRONT %", "Front. %"],
  ["EUROPEAN JOURNAL OF %", "EUR J %", "Eur. J. %"],
  ["CHINESE JOURNAL OF %", "CHIN J %", "Chin. J. %"],
];
const PATTERN_CHOICE: Weighted<number> = weighted(
  zipfWeights(PATTERNS.length, 1).map((w, i) => [i, w] as const),
);

/** J9 keeps words of up to six letters and cuts longer ones to five, as the LTWA roughly does. */
function abbreviateWord(word: string): string {
  return word.length <= 6 ? word : word.slice(0, 5);
}

function journalOf(field: Field, fieldIndex: number, topicIndex: number, patternIndex: number): Journal {
  const topic = field.topics[topicIndex] ?? "science";
  const [titlePattern, j9Pattern, jiPattern] = PATTERNS[patternIndex] ?? PATTERNS[0] ?? ["%", "%", "%"];
  const words = topic.toUpperCase().split(" ");
  const j9Topic = words.map(abbreviateWord).join(" ");
  const jiTopic = words
    .map((w) => {
      const short = abbreviateWord(w);
      const cased = short.charAt(0) + short.slice(1).toLowerCase();
      return short.length < w.length ? `${cased}.` : cased;
    })
    .join(" ");
  const key = mix32((fieldIndex << 16) ^ (topicIndex << 8) ^ patternIndex);
  const abbreviation29 = j9Pattern.replace("%", j9Topic).slice(0, 29).trimEnd();
  const publisher = PUBLISHERS[key % PUBLISHERS.length] as Publisher;
  return {
    title: titlePattern.replace("%", topic.toUpperCase()),
    abbreviation29,
    isoAbbreviation: jiPattern.replace("%", jiTopic),
    issn: issnFrom(key),
    eissn: issnFrom(mix32(key)),
    publisher,
    firstVolume: 1 + (key % 40),
    doiStem: `${publisher.doiPrefix}/j.${abbreviation29.toLowerCase().replace(/[^a-z0-9]+/g, "")}`,
  };
}

/** Draws journals of a field; each field's journals are built once, on first use. */
export interface JournalDrawer {
  /** A journal of the field, popular ones more often. */
  draw(random: Random, field: Field, fieldIndex: number): Journal;
}

/**
 * Creates a journal drawer (a cache of the fields' journals, so it is made once per generator).
 * @example
 * createJournalDrawer().draw(random, FIELDS[2], 2).title // → "JOURNAL OF CATALYSIS"
 */
export function createJournalDrawer(): JournalDrawer {
  const cache = new Map<number, Journal[]>();
  return {
    draw(random, field, fieldIndex) {
      let journals = cache.get(fieldIndex);
      if (journals === undefined) {
        journals = [];
        for (let t = 0; t < field.topics.length; t++)
          for (let p = 0; p < PATTERNS.length; p++) journals.push(journalOf(field, fieldIndex, t, p));
        cache.set(fieldIndex, journals);
      }
      const topic = random.int(0, field.topics.length - 1);
      return journals[topic * PATTERNS.length + PATTERN_CHOICE.draw(random)] as Journal;
    },
  };
}
