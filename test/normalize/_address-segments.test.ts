// Cutting an address line into segments (docs/methodology.md §2.3).
import { describe, expect, it } from "vitest";
import { addressSegments, cleanSegment } from "../../src/normalize/_address-segments.ts";

describe("addressSegments(text)", () => {
  // biome-ignore format: a table reads one line per case
  it.each<[string, string[]]>([
    ["Univ Tokyo, Dept Chem, Tokyo 1130033, Japan.", ["Univ Tokyo", "Dept Chem", "Tokyo 1130033", "Japan"]],
    // 1970s–1990s records have no space after the comma.
    ["UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720", ["UNIV CALIF BERKELEY", "DEPT PHYS", "BERKELEY", "CA 94720"]],
    ["Yale Univ,  New   Haven ,CT 06520 USA. ", ["Yale Univ", "New Haven", "CT 06520 USA"]],
    [", Dept Phys, Oslo, Norway", ["", "Dept Phys", "Oslo", "Norway"]],
    ["Harvard Univ.", ["Harvard Univ"]],
    ["Hospital, City,", ["Hospital", "City", ""]],
  ])("%s → %o", (text, segments) => {
    expect(addressSegments(text)).toEqual(segments);
  });
});

describe("cleanSegment(segment)", () => {
  it.each<[string, string]>([
    ["  Peoples  R China. ", "Peoples R China"],
    ["U\tArab  Emirates", "U Arab Emirates"],
    ["USA", "USA"],
    ["", ""],
  ])("%o → %o", (segment, cleaned) => {
    expect(cleanSegment(segment)).toBe(cleaned);
  });
});
