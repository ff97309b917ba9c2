// The report's text on data set T (methodology §8.6) against a golden file read and checked by
// hand: Japan's 7 papers and 4 international (57.1%), its Top10% 1.75 = 0.25 domestic + 1.50
// international of the world's 2.00, its partners the United States (2 of 4) and China, Germany,
// France (1 each, rank 2), its citation impact (one reference set, 128 citations over 20 papers:
// μ = 6.4; Japan F1 31 + F2–F4 12 each + F6 8 + F8 7 + F10 5 = 87 over 7 papers, MCS 12.43 and
// MNCS = RCI = 87/7/6.4 = 1.94), and the network core China, Japan, United States (links of at
// least one fractional paper: JP–US 2, JP–CN 1). On a mismatch the new text is written beside the
// golden file as report-data-set-t.changed.md for review; never regenerate the golden file to
// make this pass.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "../cli/_run.ts";

const GOLDEN = fileURLToPath(new URL("golden/report-data-set-t.md", import.meta.url));
/** The project root, which the report prints before the input's path: it means nothing here. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("copub report on data set T", () => {
  it("prints the report checked by hand", async () => {
    const { code, stdout: printed } = await run(
      "report",
      sample("top/data-set-t.txt"),
      "--reference",
      "corpus",
      "--focal",
      "JP",
    );
    expect(code).toBe(0);
    const stdout = printed.replaceAll(ROOT, "");
    const golden = readFileSync(GOLDEN, "utf8");
    if (stdout !== golden) writeFileSync(GOLDEN.replace(/\.md$/, ".changed.md"), stdout);
    expect(stdout).toBe(golden);
  });
});
