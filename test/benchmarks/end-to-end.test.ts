// The end-to-end benchmark checks copub report's record accounting against the file it ran on
// and takes peak RSS from /usr/bin/time -v: both parse text, so both parsers are pinned here.
import { describe, expect, it } from "vitest";
import { gnuTimePeakRss, reportAccounting } from "../../benchmarks/end-to-end.bench.ts";

const REPORT = `# International research collaboration

## Records

Every record is accounted for: 10000 read, 10000 parsed, 0 rejected; 0 duplicates merged; 8497 papers in scope, 1503 excluded; 41 in scope without any country.

| File | Format | Records | Parsed | Rejected |
| --- | --- | ---: | ---: | ---: |
| a.txt | plain | 10000 | 10000 | 0 |
`;

describe("reportAccounting", () => {
  it("reads the record accounting of a report (unique = 8497 in scope + 1503 excluded)", () => {
    expect(reportAccounting(REPORT)).toEqual({
      records: 10000,
      parsed: 10000,
      rejected: 0,
      unique: 10000,
      duplicates: 0,
      inScope: 8497,
      excluded: 1503,
      withoutCountry: 41,
    });
  });

  it("fails on a report without one", () => {
    expect(() => reportAccounting("# International research collaboration\n")).toThrow(/no record table/);
  });
});

describe("gnuTimePeakRss", () => {
  it("reads the maximum resident set size in bytes", () => {
    const output =
      "\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:19.17\n\tMaximum resident set size (kbytes): 286024\n";
    expect(gnuTimePeakRss(output)).toBe(286024 * 1024);
  });

  it("returns null when it is missing", () => {
    expect(gnuTimePeakRss("Command exited with non-zero status 1\n")).toBeNull();
  });
});
