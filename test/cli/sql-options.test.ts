// copub sql against the option tables of copub top, collaboration and partners: every indicator
// option of theirs is an option of copub sql with the same values, or is listed with a written
// reason (SQL_OPTION_NOTES); corpus options are refused with a message saying the export fixed
// them; and no combination copub top accepts is refused for a --table and --reference-sets.
import { describe, expect, it } from "vitest";
import { CORPUS_OPTIONS } from "../../src/cli/_corpus-args.ts";
import type { OptionTable } from "../../src/cli/_options.ts";
import { COLLABORATION_OPTIONS } from "../../src/cli/commands/collaboration.ts";
import { PARTNERS_OPTIONS } from "../../src/cli/commands/partners.ts";
import { SQL_OPTION_NOTES, SQL_OPTIONS } from "../../src/cli/commands/sql.ts";
import { TOP_OPTIONS } from "../../src/cli/commands/top.ts";
import { run } from "./_run.ts";

const COMMANDS: Readonly<Record<string, OptionTable>> = {
  top: TOP_OPTIONS,
  collaboration: COLLABORATION_OPTIONS,
  partners: PARTNERS_OPTIONS,
};
const sql: OptionTable = SQL_OPTIONS;
const noted = (name: string) => (SQL_OPTION_NOTES[name] ?? "").length > 20;

describe("copub sql's options against copub top, collaboration and partners", () => {
  it.each(Object.keys(COMMANDS))("takes every indicator option of copub %s, or says why not", (command) => {
    const unexplained = Object.entries(COMMANDS[command] ?? {}).flatMap(([name, option]) => {
      if (name in CORPUS_OPTIONS && !(name in sql)) return []; // refused, see below
      const same =
        sql[name] !== undefined &&
        sql[name].type === option.type &&
        sql[name].multiple === option.multiple &&
        sql[name].value === option.value;
      return same || noted(name) ? [] : [`--${name}`];
    });
    expect(unexplained).toEqual([]);
  });

  it("has no option of its own without a reason", () => {
    const own = Object.keys(sql).filter(
      (name) => name !== "help" && !Object.values(COMMANDS).some((table) => name in table),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((name) => !noted(name))).toEqual([]);
  });

  it("refuses a corpus option saying the export fixed it (exit 2)", async () => {
    const { code, stderr } = await run(
      "sql",
      "corpus-parquet",
      "--indicator",
      "top",
      "--doc-types",
      "article",
    );
    expect(code).toBe(2);
    expect(stderr).toContain("--doc-types: a corpus option, fixed when the corpus was exported");
  });

  it("takes every --table with every --reference-sets, as copub top does", () => {
    // The choices are the same (above), and copub sql refuses none of them: sql.test.ts prints
    // copub top's bytes for the combinations copub sql once refused.
    expect(sql.table?.value).toBe(TOP_OPTIONS.table.value);
    expect(sql["reference-sets"]?.value).toBe(TOP_OPTIONS["reference-sets"].value);
  });
});
