// The public surface (issue 20): the root entry point is what a user calls, at most about 120
// runtime names and no zod schema; the names the docs pages use are there; and every public
// options object refuses a key it does not know with a CopubError that names it.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** The six entry points as one TypeScript program, made once: its checker reads the exports' signatures and TSDoc. */
let made: { program: ts.Program; checker: ts.TypeChecker; entries: string[] } | undefined;
function entryProgram(): { program: ts.Program; checker: ts.TypeChecker; entries: string[] } {
  if (made !== undefined) return made;
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
  made = { program, checker: program.getTypeChecker(), entries };
  return made;
}

/**
 * The exports, of every entry point, that take an options object: a parameter named `options`,
 * `filters`, `countryOptions` or `input`, or one destructured in the signature. Found from the
 * declarations, so a new export that takes options is in this list without anyone adding it.
 */
function optionTakers(): string[] {
  const { checker } = entryProgram();
  const names = new Set<string>();
  for (const { name, symbol } of exportedSymbols()) {
    if ((symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) === 0) continue;
    const signatures = checker.getTypeOfSymbol(symbol).getCallSignatures();
    const parameters = signatures.flatMap((signature) => signature.getParameters().map((p) => p.name));
    if (parameters.some((parameter) => /^(options|filters|countryOptions|input|__\d+)$/.test(parameter)))
      names.add(name);
  }
  return [...names].sort();
}

/** Every export of every entry point, by its exported name, with the symbol it stands for. */
function exportedSymbols(): { name: string; symbol: ts.Symbol }[] {
  const { program, checker, entries } = entryProgram();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(entry);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${entry} did not load`);
    return checker.getExportsOfModule(module).map((exported) => ({
      name: exported.name,
      symbol: exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported,
    }));
  });
}

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

  /** The first item of an async iterable: a generator's checks run when it is first read. */
  async function first(items: AsyncIterable<unknown>): Promise<unknown> {
    for await (const item of items) return item;
    return undefined;
  }

  /**
   * Exports whose parameter is an options object, but not a caller's options: `normalizedWeight`'s
   * `input` is the two nodes' figures, and `requireReference` checks only that options have a
   * reference (the function it guards checks every key).
   */
  const NOT_OPTIONS = new Set(["normalizedWeight", "requireReference"]);

  it("for every exported function of every entry point that takes options", async () => {
    const corpus = await copub.loadCorpus([C]);
    const { papers } = corpus;
    const paper = papers.at(0) as copub.CorpusPaper;
    const network = copub.buildNetwork(corpus, { level: "country" });
    const graph = copub.networkGraph(network);
    const report = copub.buildReport(corpus);
    const record = (await copub.collect((await copub.openWos(C)).items)).records[0] as copub.WosRecord;
    const text = await readFile(C, "utf8");
    const session = {} as never;
    const bogus = { bogus: 1 } as never;
    const block = { bytes: new Uint8Array(), line: 1, header: null, continued: false };
    const withBogus = <T extends object>(options: T): never => ({ ...options, bogus: 1 }) as never;
    const folder = await mkdtemp(join(tmpdir(), "copub-options-"));
    // Each call passes `bogus` in one options object; a name with a suffix ("readCorpus filters")
    // is one of several options parameters of that export.
    const calls: Record<string, () => unknown> = {
      // The root entry point.
      loadCorpus: () => copub.loadCorpus([C], bogus),
      "loadCorpus readLimits": () => copub.loadCorpus([C], { readLimits: bogus }),
      buildCorpus: () => copub.buildCorpus([], bogus),
      createCorpusBuilder: () => copub.createCorpusBuilder(bogus),
      "readCorpus filters": () => copub.readCorpus("corpus.jsonl.gz", bogus),
      readCorpus: () => copub.readCorpus("corpus.jsonl.gz", undefined, bogus),
      "streamCorpus filters": () => first(copub.streamCorpus("corpus.jsonl.gz", bogus)),
      streamCorpus: () => first(copub.streamCorpus("corpus.jsonl.gz", undefined, bogus)),
      createNormalizer: () => copub.createNormalizer(bogus),
      normalize: () => copub.normalize(record, bogus),
      countryKeyOf: () => copub.countryKeyOf("Japan", bogus),
      countingWeights: () => copub.countingWeights(paper, bogus),
      collaborationIndicators: () => copub.collaborationIndicators(papers, bogus),
      collaborationIndicatorsFromStream: () => copub.collaborationIndicatorsFromStream(papers, bogus),
      collaborationFromSql: () => copub.collaborationFromSql(session, bogus),
      cwtsCollaboration: () => copub.cwtsCollaboration(papers, bogus),
      cwtsCollaborationFromStream: () => copub.cwtsCollaborationFromStream(papers, bogus),
      incitesCollaboration: () => copub.incitesCollaboration(papers, bogus),
      incitesCollaborationFromStream: () => copub.incitesCollaborationFromStream(papers, bogus),
      topThresholds: () => copub.topThresholds(papers, bogus),
      topThresholdsFromStream: () => copub.topThresholdsFromStream(papers, bogus),
      // An unknown key is named before a missing reference is (a typo of `reference` is the key).
      topCited: () => copub.topCited(papers, bogus),
      topCitedFromStream: () => copub.topCitedFromStream(papers, bogus),
      topCitedFromSql: () => copub.topCitedFromSql(session, bogus),
      topCitedOverSetsFromSql: () =>
        copub.topCitedOverSetsFromSql(session, withBogus({ reference: "corpus" }), "category-year-type"),
      cwtsTopCited: () => copub.cwtsTopCited(papers, bogus),
      cwtsTopCitedFromSql: () => copub.cwtsTopCitedFromSql(session, bogus),
      incitesTopCited: () => copub.incitesTopCited(papers, bogus),
      incitesTopCitedFromSql: () => copub.incitesTopCitedFromSql(session, bogus),
      citationBaselines: () => copub.citationBaselines(papers, bogus),
      citationBaselinesFromStream: () => copub.citationBaselinesFromStream(papers, bogus),
      citationImpact: () => copub.citationImpact(papers, bogus),
      citationImpactFromStream: () => copub.citationImpactFromStream(papers, bogus),
      partners: () => copub.partners(papers, withBogus({ focal: "JP" })),
      partnersFromStream: () => copub.partnersFromStream(papers, withBogus({ focal: "JP" })),
      partnersFromSql: () => copub.partnersFromSql(session, withBogus({ focal: "JP" })),
      openParquetCorpus: () => copub.openParquetCorpus(folder, bogus),
      programme: () => copub.programme(papers, [], bogus),
      programmeFromStream: () => copub.programmeFromStream(papers, [], bogus),
      loadProjectTable: () => copub.loadProjectTable(sample("programme/data-set-g-projects.csv"), bogus),
      parseProjectTable: () => copub.parseProjectTable("project,grants\n", "p.csv", bogus),
      buildNetwork: () => copub.buildNetwork(corpus, withBogus({ level: "country" })),
      pruneNetwork: () => copub.pruneNetwork(network, bogus),
      networkMetrics: () => copub.networkMetrics(graph, bogus),
      measureNetwork: () => copub.measureNetwork(network, bogus),
      buildReport: () => copub.buildReport(corpus, bogus),
      reportMarkdown: () => copub.reportMarkdown(report, bogus),
      openWos: () => copub.openWos(C, bogus),
      forEachInput: () => copub.forEachInput([C], async () => {}, bogus),
      // copub/read.
      documentTypeScope: () => read.documentTypeScope({ types: ["Article"] }, bogus),
      createScopeTest: () => read.createScopeTest(bogus),
      resolveCountry: () => read.resolveCountry("Tokyo, Japan", bogus),
      resolveAddressCountry: () => read.resolveAddressCountry(record.addresses[0] as copub.Address, bogus),
      unresolvedCountryTokens: () => read.unresolvedCountryTokens([], bogus),
      assignFields: () => read.assignFields(record, bogus),
      publicationYear: () => read.publicationYear(record, bogus),
      paperFiscalYear: () =>
        read.paperFiscalYear({ year: 2021, publicationDate: null, earlyAccessDate: null }, bogus),
      gunzipChunks: () => first(read.gunzipChunks(read.openSource(C).chunks, withBogus({ name: C }))),
      createPlainTextParser: () => read.createPlainTextParser(C, bogus),
      parsePlainText: () => read.parsePlainText(text, bogus),
      readPlainText: () => first(read.readPlainText(C, bogus)),
      createTabDelimitedParser: () => read.createTabDelimitedParser(C, bogus),
      parseTabDelimited: () => read.parseTabDelimited("PT\tUT\n", bogus),
      readTabDelimited: () => first(read.readTabDelimited(C, bogus)),
      plainTextBlocks: () => first(read.plainTextBlocks(read.openSource(C).chunks, bogus)),
      tabDelimitedBlocks: () => first(read.tabDelimitedBlocks(read.openSource(C).chunks, bogus)),
      readPlainTextBlock: () => read.readPlainTextBlock(block, bogus),
      readTabDelimitedBlock: () => read.readTabDelimitedBlock(block, bogus),
      readTextBlocks: () =>
        first(read.readTextBlocks("plain", read.plainTextBlocks(read.openSource(C).chunks), bogus)),
      createXmlParser: () => read.createXmlParser(C, bogus),
      parseXml: () => read.parseXml("<records/>", bogus),
      readXml: () => first(read.readXml(C, bogus)),
      "formatBlocks plain": () => first(read.formatBlocks("plain", read.openSource(C).chunks, bogus)),
      "formatBlocks xml": () => first(read.formatBlocks("xml", read.openSource(C).chunks, bogus)),
      "formatBlockItems plain": () => [...read.formatBlockItems("plain", block, bogus)],
      "formatBlockItems xml": () => [...read.formatBlockItems("xml", block, bogus)],
      // copub/indicators.
      countingFunction: () => indicators.countingFunction(bogus),
      authorWeights: () => indicators.authorWeights(paper, bogus),
      cwtsWeights: () => indicators.cwtsWeights(paper, bogus),
      nistepWeights: () => indicators.nistepWeights(paper, bogus),
      paperReferenceSets: () =>
        indicators.paperReferenceSets(paper, withBogus({ referenceSets: "field-year", citationCount: "TC" })),
      settleImpactOptions: () => indicators.settleImpactOptions(withBogus({ reference: "corpus" }), papers),
      // copub/networks.
      betweennessCentrality: () => networks.betweennessCentrality(graph, bogus),
      louvainCommunities: () => networks.louvainCommunities(graph, bogus),
      eigenvectorCentrality: () => networks.eigenvectorCentrality(graph, bogus),
      pageRank: () => networks.pageRank(graph, bogus),
      networkLayout: () => networks.networkLayout({ nodes: [], edges: [] }, bogus),
      // copub/writers.
      writeFileAtomically: () => writers.writeFileAtomically(join(folder, "a.txt"), "a", bogus),
      writeFolderAtomically: () => writers.writeFolderAtomically(join(folder, "out"), [], bogus),
    };
    const covered = new Set(Object.keys(calls).map((name) => name.split(" ")[0]));
    expect(optionTakers().filter((name) => !covered.has(name) && !NOT_OPTIONS.has(name))).toEqual([]);
    const refusals: string[] = [];
    for (const [name, call] of Object.entries(calls)) {
      const message = await refusal(call).catch((error: Error) => `${error.name}: ${error.message}`);
      if (!/: unknown option "bogus"; valid there: /.test(message)) refusals.push(`${name}: ${message}`);
    }
    expect(refusals).toEqual([]);
  }, 60_000);

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
    // A misspelt reference is named as such, not reported as a missing reference.
    expect(await refusal(() => copub.topCited(corpus.papers, { refrence: "corpus" } as never))).toMatch(
      /^topCited options: unknown option "refrence" \(did you mean "reference"\?\)/,
    );
  });
});

describe("the API reference's source", () => {
  it("documents every export of every entry point, each function, class and constant with an @example", () => {
    const { checker } = entryProgram();
    const missing: string[] = [];
    for (const { name, symbol } of exportedSymbols()) {
      const declarations = symbol.declarations ?? [];
      const tags = declarations.flatMap((declaration) =>
        ts.getJSDocTags(declaration).map((tag) => tag.tagName.text),
      );
      const documented = symbol.getDocumentationComment(checker).length > 0 || tags.length > 0;
      const runtime =
        (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
      if (!documented) missing.push(`${name}: no TSDoc`);
      else if (runtime && !tags.includes("example")) missing.push(`${name}: no @example`);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
