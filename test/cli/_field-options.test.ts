// Fields as option values: NISTEP keys, ESI ids and field names of either scheme in any case, read
// by fieldKeyOf (a name both schemes have is the NISTEP broad field); anything else is a usage
// error that names the text and the nearest field. Then --fields of every command that reads a
// corpus, through the run manifest.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldList } from "../../src/cli/_field-options.ts";
import type { GivenValue } from "../../src/cli/_options.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const fields = fieldList({ value: "chem,phys", help: "fields in scope" });

describe("--fields", () => {
  it.each<[string, GivenValue, unknown]>([
    ["a NISTEP key", "chem", ["chem"]],
    ["a NISTEP key in upper case", "CSMATH", ["csmath"]],
    ["an ESI id", "CHE", ["CHE"]],
    ["an ESI id in lower case", "spa", ["SPA"]],
    ["a NISTEP name", "Chemistry", ["chem"]],
    ["a name both schemes have: the NISTEP broad field", "Physics", ["phys"]],
    ["an ESI name", "Space Science", ["SPA"]],
    ["an ESI name in lower case, & as and", "biology and biochemistry", ["BIO"]],
    ["an ESI name holding a comma", "chem,Social Sciences, general", ["chem", "SOC"]],
    ["the NISTEP other field", "other", ["other"]],
    ["several, trimmed, empty parts dropped", " chem , PHY,", ["chem", "PHY"]],
    ["left out", undefined, undefined],
  ])("reads %s", (_, given, expected) => {
    expect(fields.parse(given, "fields")).toEqual(expected);
  });

  it.each<[string, GivenValue, string]>([
    ["a misspelt name", "Chemstry", `--fields "Chemstry" is not a field; did you mean Chemistry (chem)?`],
    ["a misspelt key in a list", "chem,phsy", `--fields "phsy" is not a field; did you mean Physics (PHY)?`],
  ])("refuses %s", (_, given, message) => {
    expect(() => fields.parse(given, "fields")).toThrow(
      expect.objectContaining({ name: "UsageError", message }),
    );
  });
});

const Q = sample("partners/data-set-q.txt");

describe("--fields of every command reads the same vocabulary", () => {
  it.each(
    ["collaboration", "top", "partners", "network", "corpus", "report"].flatMap((command) =>
      (
        [
          ["NISTEP key", "chem", "chem"],
          ["ESI id", "che", "CHE"],
          ["name", "Chemistry", "chem"],
        ] as const
      ).map(([label, text, key]) => [command, label, text, key] as const),
    ),
  )("%s --fields, %s (%s)", async (command, _, text, key) => {
    const own = {
      top: ["--reference", "corpus"],
      partners: ["--focal", "US"],
      network: ["--level", "country"],
    }[command as "top"];
    const path = join(mkdtempSync(join(tmpdir(), "copub-fields-")), "manifest.json");
    const { code } = await run(command, Q, ...(own ?? []), "--fields", text, "--manifest", path);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path, "utf8")).options.fields).toEqual([key]);
  });

  it("an unknown field is a usage error (exit 2) naming it and the nearest field", async () => {
    const { code, stdout, stderr } = await run("collaboration", Q, "--fields", "Enginering");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(
      `copub collaboration: --fields "Enginering" is not a field; did you mean Engineering (eng)?`,
    );
  });
});
