import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { sample } from "../_samples.ts";
import { METRICS_JSON_KEYS, N_AUTHORS } from "../networks/fixtures.ts";
import { run, runWith } from "./_run.ts";

const K = sample("networks/data-set-k.txt");
const N = sample("networks/data-set-n.txt");
const tmp = () => mkdtempSync(join(tmpdir(), "copub-network-"));

describe("copub network <inputs...> --level ... --metrics --format json", () => {
  it("prints exactly { nodes: [{ id, label, papers, degree, … community }], edges: [{ source, target, papers, weight }] }", async () => {
    const { code, stdout } = await run("network", K, "--level", "country", "--metrics", "--format", "json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    expect(Object.keys(parsed)).toEqual(["nodes", "edges"]);
    for (const node of parsed.nodes) {
      expect(Object.keys(node)).toEqual(METRICS_JSON_KEYS);
    }
    // Data set K (docs/methodology.md §11.5), full counting.
    expect(parsed.nodes.find((n) => n.id === "JP")).toMatchObject({
      label: "Japan",
      papers: 5,
      degree: 3,
      strength: 5,
      betweenness: 2,
      betweennessNormalized: 2 / 3,
      weightedBetweenness: 2,
      closeness: 1,
      clustering: 1 / 3,
      core: 2,
      community: 1,
    });
    expect(parsed.nodes.find((n) => n.id === "US")).toMatchObject({ betweenness: 0, weightedBetweenness: 2 });
    expect(parsed.edges).toEqual([
      { source: "DE", target: "JP", papers: 1, weight: 1 },
      { source: "GB", target: "JP", papers: 1, weight: 1 },
      { source: "GB", target: "US", papers: 2, weight: 2 },
      { source: "JP", target: "US", papers: 3, weight: 3 },
    ]);
  });

  it("uses fractional counting and carries the normalized value as the weight", async () => {
    const { stdout } = await run(
      "network",
      K,
      "--level",
      "country",
      "--counting",
      "fractional",
      "--normalize",
      "jaccard",
      "--metrics",
    );
    const parsed = JSON.parse(stdout) as {
      nodes: { id: string; strength: number }[];
      edges: { weight: number }[];
    };
    // Fractional JP–US 5/2: Jaccard (5/2)/(5 + 5 − 5/2) = 1/3.
    expect(parsed.edges[3]?.weight).toBeCloseTo(1 / 3, 12);
    expect(parsed.nodes.find((n) => n.id === "DE")?.strength).toBeCloseTo(1 / 5, 12);
  });
});

/** `copub network K --level country …`. */
const countryNetwork = (...args: string[]) => run("network", K, "--level", "country", ...args);

describe("copub network --metrics LIST, --betweenness-sample, --max-metric-steps", () => {
  it("computes only the metrics listed; --metrics alone and --metrics all are every metric", async () => {
    const { code, stdout } = await countryNetwork("--metrics", "strength,degree");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { nodes: Record<string, unknown>[] };
    // Data set K, full counting: JP has 3 partners and 1 + 1 + 3 = 5 co-authored link weight.
    expect(parsed.nodes[2]).toEqual({ id: "JP", label: "Japan", papers: 5, degree: 3, strength: 5 });
    const bare = await countryNetwork("--metrics", "--format", "graphml");
    const all = await countryNetwork("--metrics", "all", "--format", "graphml");
    expect(bare.stdout).toBe(all.stdout);
    expect(bare.stdout).toContain('attr.name="community"');
  });

  it("takes the argument after a bare --metrics for an input when it is not a list of metrics", async () => {
    const before = await run("network", "--level", "country", "--metrics", K);
    const after = await countryNetwork("--metrics");
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
  });

  it("writes no column for a metric not asked for", async () => {
    const { stdout } = await countryNetwork("--metrics=core", "--format", "graphml");
    expect(stdout).toContain('<key id="n_core" for="node" attr.name="core" attr.type="int"/>');
    expect(stdout).not.toContain("betweenness");
    expect(stdout).not.toContain("community");
  });

  it("states a betweenness sample's size and seed in the output and on standard error", async () => {
    const args = ["--metrics", "betweenness", "--betweenness-sample", "2"];
    const json = await countryNetwork(...args, "--seed", "7");
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { betweennessSample: unknown };
    expect(parsed.betweennessSample).toEqual({ sources: 2, seed: 7 });
    expect(json.stderr).toContain("betweenness estimated from 2 of 4 sources (seed 7)");
    const graphml = await countryNetwork(...args, "--format", "graphml");
    expect(graphml.stdout).toContain('<data key="g_betweennessSources">2</data>');
    expect(graphml.stdout).toContain('<data key="g_seed">42</data>');
  });

  it("refuses at once a metric past --max-metric-steps, naming its cost and the ways out (exit 2)", async () => {
    // Data set K: n = 4, m = 4, one pass 2m + n = 12 steps; exact betweenness 4 · 12 = 48 > 40.
    const { code, stdout, stderr } = await countryNetwork(
      "--metrics",
      "degree,betweenness",
      "--max-metric-steps",
      "40",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "on 4 nodes and 4 edges, betweenness ~4.8e+1 steps exceed --max-metric-steps 40",
    );
    // The largest sample within 40 steps: floor(40 / 12) = 3 sources.
    expect(stderr).toContain("--betweenness-sample 3");
    expect(stderr).toContain("leave it out (--metrics degree)");
    // With the sample: 3 · 12 = 36 steps, under the limit.
    const sampled = await countryNetwork(
      "--metrics",
      "degree,betweenness",
      "--max-metric-steps",
      "40",
      "--betweenness-sample",
      "3",
    );
    expect(sampled.code).toBe(0);
  });

  it("refuses exact closeness past the limit with a pivot sample as a way out, and states the sample", async () => {
    // Data set K: exact closeness 4 · 12 = 48 > 40 steps; pivots within 40: floor(40 / 12) − 1 = 2
    // (a sample costs k · 12 + 12 for the components).
    const refused = await countryNetwork("--metrics", "closeness", "--max-metric-steps", "40");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("closeness ~4.8e+1 steps exceed --max-metric-steps 40");
    expect(refused.stderr).toContain("--closeness-sample 2");
    const sampled = await countryNetwork(
      "--metrics",
      "closeness",
      "--max-metric-steps",
      "40",
      "--closeness-sample",
      "2",
      "--seed",
      "7",
      "--format",
      "json",
    );
    expect(sampled.code).toBe(0);
    expect(JSON.parse(sampled.stdout).closenessSample).toEqual({ sourcesPerComponent: 2, seed: 7 });
    expect(sampled.stderr).toContain(
      "closeness estimated from 2 pivots per component (seed 7; smaller components exact)",
    );
    const usage = await countryNetwork("--metrics", "degree", "--closeness-sample", "2");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--closeness-sample needs --metrics with closeness");
  });

  it("draws the metric being computed on a terminal, erased before the notices", async () => {
    let time = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (time += 300));
    const drawn = await runWith({ stderrIsTty: true }, "network", K, "--level", "country", "--metrics");
    expect(drawn.stderr).toContain("\r\x1b[Kcopub network: betweenness");
    expect(drawn.stderr).toContain("\r\x1b[Kcopub network: communities");
    const quiet = await runWith(
      { stderrIsTty: true },
      "network",
      K,
      "--level",
      "country",
      "--metrics",
      "--quiet",
    );
    expect(quiet.stderr).not.toContain("\r");
  });
});

describe("copub network --level author labels ORCID-keyed authors with their names", () => {
  // Data set N: a = Abe, Aki (0000-0001-0000-0017), b = Baba, Ben, c = Chen, Cai, d = Diaz, Dan.
  it("in GraphML, GEXF and VOSviewer files, the key staying the iD", async () => {
    const graphml = await run("network", N, "--level", "author", "--format", "graphml");
    expect(graphml.stdout).toContain(
      `    <node id="${N_AUTHORS.a}">\n      <data key="n_label">Abe, Aki</data>`,
    );
    const gexf = await run("network", N, "--level", "author", "--format", "gexf");
    expect(gexf.stdout).toContain(`<node id="${N_AUTHORS.d}" label="Diaz, Dan">`);
    const stem = join(tmp(), "authors");
    expect((await run("network", N, "--level", "author", "--format", "vosviewer", "--out", stem)).code).toBe(
      0,
    );
    // A label with a comma is quoted for VOSviewer; ids 1–4 in key order a, b, c, d.
    const map = readFileSync(`${stem}.map.txt`, "utf8").split("\n");
    expect(map.slice(1, 5).map((line) => line.split("\t").slice(0, 2).join("\t"))).toEqual([
      '1\t"Abe, Aki"',
      '2\t"Baba, Ben"',
      '3\t"Chen, Cai"',
      '4\t"Diaz, Dan"',
    ]);
  });

  it("also from a saved corpus, which keeps the names", async () => {
    const saved = join(tmp(), "n.jsonl.gz");
    expect((await run("corpus", "--out", saved, N)).code).toBe(0);
    const fromSaved = await run("network", saved, "--level", "author", "--format", "gexf");
    expect(fromSaved.stdout).toContain(`<node id="${N_AUTHORS.b}" label="Baba, Ben">`);
  });
});

describe("copub network formats", () => {
  it("prints graphology's serialization without --metrics, the author network of data set N", async () => {
    const { code, stdout } = await run("network", N, "--level", "author", "--counting", "fractional");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.attributes).toEqual({
      level: "author",
      edgeWeight: "fractional",
      normalization: "none",
      nameBasedAuthorKeys: 0,
    });
    // b–c: N1 1/2 + N3 1.
    expect(parsed.edges[3]).toEqual({
      key: "e3",
      source: "orcid:0000-0002-0000-0022",
      target: "orcid:0000-0003-0000-0038",
      attributes: { papers: 2, weight: 1.5 },
    });
  });

  it.each(["graphml", "gexf"])("prints %s to standard output, the same bytes twice", async (format) => {
    const first = await run("network", K, "--level", "institution", "--format", format, "--metrics");
    const second = await run("network", K, "--level", "institution", "--format", format, "--metrics");
    expect(first.code).toBe(0);
    expect(first.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it("writes VOSviewer files PATH.map.txt and PATH.network.txt, dropping a final .txt", async () => {
    const dir = tmp();
    const { code } = await run(
      "network",
      K,
      "--level",
      "country",
      "--format",
      "vosviewer",
      "--out",
      join(dir, "k.txt"),
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "k.network.txt"), "utf8")).toBe("1\t3\t1\n2\t3\t1\n2\t4\t2\n3\t4\t3\n");
    expect(readFileSync(join(dir, "k.map.txt"), "utf8").split("\n")[3]).toBe("3\tJapan\t3\t5\t5");
  });

  it("writes CSV tables PATH.nodes.csv and PATH.edges.csv, with metric columns under --metrics", async () => {
    const dir = tmp();
    const { code } = await run(
      "network",
      K,
      "--level",
      "country",
      "--format",
      "csv",
      "--metrics",
      "--out",
      join(dir, "k"),
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "k.edges.csv"), "utf8").split("\n")[0]).toBe("source,target,papers,weight");
    const nodes = readFileSync(join(dir, "k.nodes.csv"), "utf8").split("\n");
    expect(nodes[0]?.endsWith(",clustering,core,community")).toBe(true);
    expect(nodes[3]?.startsWith("JP,Japan,5,")).toBe(true);
  });

  it("writes a single-file format to --out and nothing to standard output", async () => {
    const out = join(tmp(), "k.graphml");
    const { code, stdout } = await run(
      "network",
      K,
      "--level",
      "country",
      "--format",
      "graphml",
      "--out",
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain('<node id="JP">');
  });
});

describe("copub network pruning, caps and shared filters", () => {
  it("prunes by --min-papers, --min-weight and --top, and says what it removed", async () => {
    const { stdout, stderr } = await run(
      "network",
      K,
      "--level",
      "country",
      "--min-papers",
      "2",
      "--min-weight",
      "2",
    );
    const parsed = JSON.parse(stdout);
    expect(parsed.nodes.map((n: { key: string }) => n.key)).toEqual(["GB", "JP", "US"]);
    expect(parsed.edges.map((e: { source: string; target: string }) => `${e.source}–${e.target}`)).toEqual([
      "GB–US",
      "JP–US",
    ]);
    expect(stderr).toContain("pruning removed 1 nodes, 2 edges");
    const top = JSON.parse(
      (await run("network", K, "--level", "country", "--top", "1", "--top-by", "strength")).stdout,
    );
    expect(top.nodes.map((n: { key: string }) => n.key)).toEqual(["JP"]);
  });

  it("lists the papers over --max-nodes-per-paper on standard error", async () => {
    const { code, stdout, stderr } = await run(
      "network",
      K,
      "--level",
      "country",
      "--max-nodes-per-paper",
      "2",
    );
    expect(code).toBe(0);
    expect(stderr).toContain("1 papers with more than 2 country nodes added no edges");
    expect(stderr).toContain("  WOS:000000000000303\t3 nodes\n");
    expect(JSON.parse(stdout).attributes.maxNodesPerPaper).toBe(2);
  });

  it("reports the share of name-keyed authors", async () => {
    const { stderr } = await run("network", K, "--level", "author");
    expect(stderr).toContain("nameBasedAuthorKeys 1:");
  });

  it("takes the shared corpus filters: --countries DE keeps K4 alone", async () => {
    const parsed = JSON.parse((await run("network", K, "--level", "country", "--countries", "DE")).stdout);
    expect(
      parsed.nodes.map((n: { key: string; attributes: { papers: number } }) => [n.key, n.attributes.papers]),
    ).toEqual([
      ["DE", 1],
      ["JP", 1],
    ]);
  });

  it("takes the shared period and field filters: data set K is 2021 applied physics", async () => {
    const none = JSON.parse((await run("network", K, "--level", "country", "--years", "2020-2020")).stdout);
    expect(none.nodes).toEqual([]);
    const physics = JSON.parse((await run("network", K, "--level", "country", "--fields", "phys")).stdout);
    expect(physics.nodes).toHaveLength(4);
    const chemistry = JSON.parse((await run("network", K, "--level", "country", "--fields", "chem")).stdout);
    expect(chemistry.edges).toEqual([]);
  });

  it("reads a saved corpus in place of the exports", async () => {
    const saved = join(tmp(), "k.jsonl");
    expect((await run("corpus", "--out", saved, K)).code).toBe(0);
    const fromSaved = await run("network", saved, "--level", "country", "--format", "gexf");
    const fromExport = await run("network", K, "--level", "country", "--format", "gexf");
    expect(fromSaved.stdout).toBe(fromExport.stdout);
  });
});

describe("copub network usage errors (exit 2)", () => {
  it.each([
    [["network", K], "--level is required"],
    [["network", K, "--level", "city"], "--level must be one of country, institution, author"],
    [["network", K, "--level", "country", "--format", "pajek"], "--format must be one of"],
    [
      ["network", K, "--level", "country", "--metrics=degree,speed"],
      "--metrics must be words separated by commas among degree",
    ],
    [
      ["network", K, "--level", "country", "--betweenness-sample", "5"],
      "--betweenness-sample needs --metrics with betweenness",
    ],
    [
      ["network", K, "--level", "country", "--metrics", "--betweenness-sample", "0"],
      "--betweenness-sample must be a whole number of at least 1",
    ],
    [["network", K, "--level", "country", "--format", "vosviewer"], "needs --out PATH"],
    [["network", K, "--level", "country", "--format", "csv"], "needs --out PATH"],
    [["network", K, "--level", "country", "--normalize", "salton"], "--normalize must be one of"],
    [
      ["network", K, "--level", "country", "--min-papers", "0"],
      "--min-papers must be a whole number of at least 1",
    ],
    [["network", K, "--level", "country", "--min-weight=-1"], "--min-weight must be a number of at least 0"],
    [
      ["network", K, "--level", "country", "--min-weight", "heavy"],
      "--min-weight must be a number of at least 0",
    ],
    [["network", K, "--level", "country", "--top", "x"], "--top must be a whole number"],
    [
      ["network", K, "--level", "country", "--top", "-5"],
      '--top must be a whole number of at least 1, not "-5"',
    ],
    [
      ["network", K, "--level", "country", "--min-papers", "-1"],
      '--min-papers must be a whole number of at least 1, not "-1"',
    ],
    [
      ["network", K, "--level", "country", "--min-weight", "-1"],
      '--min-weight must be a number of at least 0, not "-1"',
    ],
    [
      ["network", K, "--level", "country", "--max-nodes-per-paper", "1"],
      "--max-nodes-per-paper must be a whole number of at least 2",
    ],
    [["network", "--level", "country"], "needs at least one file or folder"],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("prints its help", async () => {
    const { code, stdout } = await run("network", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: copub network");
    expect(stdout).toContain("PATH.map.txt and PATH.network.txt");
  });
});
