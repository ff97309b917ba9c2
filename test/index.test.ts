// The public surface (issue 20): the root entry point is what a user calls, at most about 120
// runtime names and no zod schema; the names the docs pages use are there; and every public
// options object refuses a key it does not know with a CopubError that names it.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as copub from "../src/index.ts";
import * as indicators from "../src/indicators.ts";
import * as networks from "../src/networks.ts";
import * as read from "../src/read.ts";
import * as sql from "../src/sql.ts";
import * as writers from "../src/writers.ts";
import { sample } from "./_samples.ts";

const C = sample("methodology/data-set-c.txt");

describe("the entry points", () => {
  it("keep the root small and free of zod schemas", () => {
    expect(Object.keys(copub).length).toBeLessThanOrEqual(120);
    for (const entry of [copub, read, indicators, networks, writers, sql])
      expect(
        Object.entries(entry)
          .filter(([, value]) => typeof value === "object" && value !== null && "_zod" in value)
          .map(([name]) => name),
      ).toEqual([]);
  });

  it("export each name from one entry point only", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [entry, module] of Object.entries({ copub, read, indicators, networks, writers, sql }))
      for (const name of Object.keys(module)) {
        if (seen.has(name)) twice.push(`${name}: ${seen.get(name)} and ${entry}`);
        seen.set(name, entry);
      }
    expect(twice).toEqual([]);
  });

  it("keep at the root the names the docs pages use", () => {
    const used = [
      "loadCorpus",
      "readCorpus",
      "streamCorpus",
      "writeCorpus",
      "collaborationIndicators",
      "topCited",
      "partners",
      "rankMovement",
      "programme",
      "loadProjectTable",
      "loadTargetTable",
      "buildNetwork",
      "networkMetrics",
      "measureNetwork",
      "toGexf",
      "toVosviewer",
      "toGraphml",
      "buildReport",
      "citationImpact",
      "CopubError",
    ];
    expect(used.filter((name) => !(name in copub))).toEqual([]);
  });
});

describe("every public options object refuses an unknown key, naming it", () => {
  /** The message of what `call` throws (or rejects with), after checking it is an invalid-option CopubError. */
  async function refusal(call: () => unknown): Promise<string> {
    try {
      await call();
    } catch (error) {
      expect(error).toBeInstanceOf(copub.CopubError);
      expect((error as copub.CopubError).code).toBe("invalid-option");
      return (error as Error).message;
    }
    throw new Error("no error");
  }

  it("for the corpus, each indicator, the programme, the networks and the report", async () => {
    const corpus = await copub.loadCorpus([C]);
    const { papers } = corpus;
    const network = copub.buildNetwork(corpus, { level: "country" });
    const report = copub.buildReport(corpus);
    const bogus = { bogus: 1 } as never;
    const calls: Record<string, () => unknown> = {
      loadCorpus: () => copub.loadCorpus([C], bogus),
      "loadCorpus readLimits": () => copub.loadCorpus([C], { readLimits: bogus }),
      buildCorpus: () => copub.buildCorpus([], bogus),
      createCorpusBuilder: () => copub.createCorpusBuilder(bogus),
      readCorpus: () => copub.readCorpus("corpus.jsonl.gz", bogus),
      createNormalizer: () => copub.createNormalizer(bogus),
      countingWeights: () => copub.countingWeights(papers[0] as copub.CorpusPaper, bogus),
      collaborationIndicators: () => copub.collaborationIndicators(papers, bogus),
      collaborationIndicatorsFromStream: () => copub.collaborationIndicatorsFromStream(papers, bogus),
      cwtsCollaboration: () => copub.cwtsCollaboration(papers, bogus),
      incitesCollaboration: () => copub.incitesCollaboration(papers, bogus),
      topThresholds: () => copub.topThresholds(papers, bogus),
      // Without a reference topCited first says it needs one (methodology §8.1).
      topCited: () => copub.topCited(papers, { reference: "corpus", bogus: 1 } as never),
      cwtsTopCited: () => copub.cwtsTopCited(papers, { reference: "corpus", bogus: 1 } as never),
      incitesTopCited: () => copub.incitesTopCited(papers, { reference: "corpus", bogus: 1 } as never),
      citationBaselines: () => copub.citationBaselines(papers, bogus),
      citationImpact: () => copub.citationImpact(papers, { reference: "corpus", bogus: 1 } as never),
      partners: () => copub.partners(papers, { focal: "JP", bogus: 1 } as never),
      programme: () => copub.programme(papers, [], bogus),
      programmeFromStream: () => copub.programmeFromStream(papers, [], bogus),
      buildNetwork: () => copub.buildNetwork(corpus, { level: "country", bogus: 1 } as never),
      pruneNetwork: () => copub.pruneNetwork(network, bogus),
      networkMetrics: () => copub.networkMetrics(copub.networkGraph(network), bogus),
      measureNetwork: () => copub.measureNetwork(network, bogus),
      buildReport: () => copub.buildReport(corpus, bogus),
      reportMarkdown: () => copub.reportMarkdown(report, bogus),
    };
    for (const [name, call] of Object.entries(calls))
      expect(await refusal(call), name).toMatch(/: unknown option "bogus"; valid there: /);
  });

  it("and says which key was meant when the unknown one is close", async () => {
    const corpus = await copub.loadCorpus([C]);
    expect(
      await refusal(() => copub.collaborationIndicators(corpus.papers, { perods: "2021" } as never)),
    ).toBe(
      'collaborationIndicators options: unknown option "perods" (did you mean "periods"?); valid there: counting, method, nistepUnit, cwtsRenormalize, periods, byField',
    );
    expect(
      await refusal(() =>
        copub.networkMetrics(copub.networkGraph(copub.buildNetwork(corpus, { level: "country" })), {
          metric: ["degree"],
        } as never),
      ),
    ).toBe(
      'networkMetrics options: unknown option "metric" (did you mean "metrics"?); valid there: metrics, weight, seed, betweennessSources, closenessSources, onProgress',
    );
  });
});

describe("the API reference's source", () => {
  it("documents every export of every entry point, each function, class and constant with an @example", () => {
    const entries = ["index", "read", "indicators", "networks", "writers", "sql"].map((name) =>
      fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url)),
    );
    const program = ts.createProgram(entries, {
      allowImportingTsExtensions: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
    });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    for (const entry of entries) {
      const source = program.getSourceFile(entry);
      const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      if (module === undefined) throw new Error(`${entry} did not load`);
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declarations = symbol.declarations ?? [];
        const tags = declarations.flatMap((declaration) =>
          ts.getJSDocTags(declaration).map((tag) => tag.tagName.text),
        );
        const documented = symbol.getDocumentationComment(checker).length > 0 || tags.length > 0;
        const runtime =
          (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
        if (!documented) missing.push(`${exported.name}: no TSDoc`);
        else if (runtime && !tags.includes("example")) missing.push(`${exported.name}: no @example`);
      }
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
