// What a text reader told to leave values out (`descriptiveFields: false`, `fundingText: false`)
// must give: the whole reading's record with exactly those fields empty, written out by hand.
import type { WosRecord } from "../src/read/wos-record.ts";

/** A record as a reader leaving out the descriptive fields (and, with `funding`, the funding text) gives it. */
export function withValuesLeftOut(record: WosRecord, funding = false): WosRecord {
  return {
    ...record,
    title: null,
    isoSourceAbbreviation: null,
    language: null,
    editions: [],
    groupAuthors: [],
    researchAreas: [],
    authorKeywords: [],
    keywordsPlus: [],
    otherTags: {},
    ...(funding ? { fundingText: null } : {}),
  };
}
