// The end-to-end benchmark checks copub report's record accounting against the generated file
// and takes peak RSS from /usr/bin/time -v: both parse text, so both parsers are pinned here.
import { describe, expect, it } from "vitest";
import { gnuTimePeakRss, reportAccounting } from "../../benchmarks/end-to-end.bench.ts";

const REPORT = `# International research collaboration

- Inputs: 1 files; 8497 papers in scope.

## Records (docs/methodology.md §13.4)

| Records | Parsed | Rejected | Unique | Duplicates | In scope | Excluded | Without a country |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 10000 | 10000 | 0 | 10000 | 0 | 8497 | 1503 | 41 |

| File | Format | Records | Parsed | Rejected |
| --- | --- | ---: | ---: | ---: |
| a.txt | plain | 10000 | 10000 | 0 |
`;

describe("reportAccounting", () => {
  it("reads the record table of a report", () => {
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
