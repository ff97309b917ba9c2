// --profile nistep|cwts|incites (methodology §14) on every command that reads papers: the profile's
// switches as defaults, each overridden by the option given, and the profile in the run manifest.
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const C = sample("methodology/data-set-c.txt");
const T = sample("top/data-set-t.txt");

/** Runs a command with `--manifest` and returns the manifest it wrote. */
async function manifestOf(...args: string[]): Promise<{
  profile: string | null;
  options: Record<string, unknown>;
  commandOptions: Record<string, unknown>;
}> {
  const path = join(mkdtempSync(join(tmpdir(), "copub-profile-")), "manifest.json");
  const { code, stderr } = await run(...args, "--manifest", path);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return JSON.parse(await readFile(path, "utf8"));
}

describe("--profile", () => {
  it.each([
    "read",
    "normalize",
    "countries",
    "corpus",
    "network",
    "collaboration",
    "top",
    "impact",
    "partners",
    "report",
    "programme",
    "export",
    "sql",
  ])("is an option of copub %s", async (command) => {
    const { stdout } = await run(command, "--help");
    expect(stdout).toMatch(/--profile nistep\|cwts\|incites/);
  });

  it("sets the corpus switches of the profile and is named in the run manifest (§13.5)", async () => {
    const cwts = await manifestOf("corpus", C, "--profile", "cwts");
    expect(cwts.profile).toBe("cwts");
    expect(cwts.options).toMatchObject({
      hongKongMacao: "china",
      fieldAssignment: "fractional",
      docTypes: { include: ["Article", "Review"], retracted: "remove" },
      ukNations: "merge",
      addressSource: "C1+RP-fallback",
      yearBasis: "PY",
    });
    const incites = await manifestOf("corpus", C, "--profile", "incites");
    expect(incites).toMatchObject({ profile: "incites", options: { docTypes: { include: "all" } } });
    expect((await manifestOf("corpus", C)).profile).toBeNull();
  });

  it("yields each switch to the option given", async () => {
    const manifest = await manifestOf(
      "corpus",
      C,
      "--profile",
      "cwts",
      "--hong-kong-macao",
      "separate",
      "--retracted",
      "keep",
    );
    expect(manifest).toMatchObject({
      profile: "cwts",
      options: { hongKongMacao: "separate", fieldAssignment: "fractional", docTypes: { retracted: "keep" } },
    });
  });

  it("sets the indicator switches: collaboration counts by CWTS's author weights under cwts", async () => {
    // Data set C, P1: four authors, two at Japanese addresses → JP 1/2 (CWTS) where NISTEP gives 2/3 (§4.5).
    const manifest = await manifestOf("collaboration", C, "--profile", "cwts", "--period", "2021");
    expect(manifest.commandOptions).toMatchObject({ counting: "fractional", method: "cwts" });
    const { stdout } = await run(
      "collaboration",
      C,
      "--profile",
      "cwts",
      "--period",
      "2021",
      "--format",
      "json",
    );
    const japan = JSON.parse(stdout).rows.find((r: { country: string }) => r.country === "JP");
    // CWTS fractional over P1–P7: 1/2 + 1 + 1 + 1/3 + 1/2 + 1 = 13/3 (§4.5).
    expect(japan.papers).toBeCloseTo(13 / 3, 12);
  });

  it("prints each source's own Top10% table with copub top", async () => {
    const cwts = await run("top", T, "--reference", "corpus", "--profile", "cwts", "--period", "2021");
    expect(cwts.code).toBe(0);
    expect(cwts.stdout).toContain("PP(top 10%)");
    const incites = await run("top", T, "--reference", "corpus", "--profile", "incites");
    expect(incites.stdout).toContain("% Documents in Top 10%");
    // An explicit table wins, with its own reference sets.
    const nistep = await run("top", T, "--reference", "corpus", "--profile", "incites", "--table", "nistep");
    expect(nistep.stdout).toContain("field-year reference sets");
  });

  it("takes the CWTS profile's 4-year windows unless --period is given", async () => {
    // Data set T holds 2021 only: 4-year windows cannot be formed, which the error says.
    const windows = await run("top", T, "--reference", "corpus", "--profile", "cwts");
    expect(windows.code).toBe(2);
    expect(windows.stderr).toContain("a 4-year moving window needs 4 years");
  });

  it.each(["top", "impact", "collaboration", "partners"])(
    "says, with copub %s, that a window too long for the corpus came from the profile, and how to override it",
    async (command) => {
      const extra =
        command === "partners"
          ? ["--focal", "JP"]
          : command === "collaboration"
            ? []
            : ["--reference", "corpus"];
      const { code, stderr } = await run(command, T, ...extra, "--profile", "cwts");
      expect(code).toBe(2);
      // Data set T: every paper from 2021, a span of one year → --period 2021 or --window 1.
      expect(stderr).toBe(
        `copub ${command}: a 4-year moving window needs 4 years; the corpus has papers from 2021 only. ` +
          "The 4-year window comes from --profile cwts (methodology §14): give --period 2021 or --window 1 to override it\n",
      );
    },
  );

  it("says so too when a year one of the profile's windows needs is missing", async () => {
    // Data set C: every paper from 2021; --years 2018-2021 makes one 4-year window, lacking 2018–2020.
    const { code, stderr } = await run("collaboration", C, "--profile", "cwts", "--years", "2018-2021");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "copub collaboration: no paper in the corpus is from 2018, 2019, 2020, so 2018-2021 cannot be computed " +
        "(methodology §6: a window needs every one of its years). The windows come from --profile cwts " +
        "(methodology §14): give --period (fixed windows), --window N, or --years over years without gaps to override them\n",
    );
  });

  it("names no profile when the window was given (--window 4 under --profile cwts)", async () => {
    const { code, stderr } = await run(
      "top",
      T,
      "--reference",
      "corpus",
      "--profile",
      "cwts",
      "--window",
      "4",
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "copub top: a 4-year moving window needs 4 years; the corpus has papers from 2021 only\n",
    );
  });

  it("is checked and recorded by copub read, which it changes nothing else of", async () => {
    const plain = await run("read", T, "--format", "json");
    const cwts = await run("read", T, "--format", "json", "--profile", "cwts");
    expect(cwts.code).toBe(0);
    expect(JSON.parse(plain.stdout).profile).toBeNull();
    expect(JSON.parse(cwts.stdout)).toEqual({ ...JSON.parse(plain.stdout), profile: "cwts" });
    const text = await run("read", T, "--profile", "nistep");
    expect(text.stdout).toContain(
      "profile nistep: none of its switches changes what is read (methodology §14)",
    );
    const bad = await run("read", T, "--profile", "leiden");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--profile");
  });

  it("cannot renormalize a saved corpus, and says which of the profile's switches it lacks", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "copub-profile-")), "c.jsonl");
    expect((await run("corpus", "--out", out, C)).code).toBe(0);
    const { code, stderr } = await run("corpus", out, "--profile", "cwts");
    expect(code).toBe(0);
    expect(stderr).toContain(
      "is a saved corpus built with --hong-kong-macao separate (the profile sets china), --field-assignment single (the profile sets fractional); --profile cwts cannot change it",
    );
  });
});
