// The analyst-question pages (docs/questions/*.md) and docs/getting-started.md stay true: each shows
// its example script exactly as the repository has it, the script prints today, byte for byte, what
// the page says it prints, and the CLI command the page gives runs. The key figures of each page
// are then checked against an independent count from the raw export lines (test/docs/_raw-export.ts)
// or against the hand-worked example of the methodology guide, so a page cannot carry a wrong
// number that the code also gets wrong.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/index.ts";
import { run } from "../cli/_run.ts";
import { figure, questionPage, ROOT, runScript, scriptFile } from "./_question-page.ts";
import { articleOrReview, type RawPaper, rawPapers, TOKEN } from "./_raw-export.ts";

/** Each page, and what its CLI command's output must contain. */
const PAGES: readonly {
  readonly page: string;
  /** What the CLI commands print (standard output and error together) that the page says they do. */
  readonly cliShows: readonly string[];
  /** Files that the script (given a folder) and the CLI commands (given `--out`) both write, alike. */
  readonly sameFiles?: readonly string[];
}[] = [
  {
    page: "docs/getting-started.md",
    cliShows: ["report/index.html", "report/report.md", "report/top10.csv"],
  },
  {
    page: "docs/questions/international-share.md",
    cliShows: ["| World | 2006-2008 |", "| 19.9 |", "| World | 2021-2023 |", "| 32.4 |"],
  },
  {
    page: "docs/questions/usa-partners.md",
    cliShows: ["| Chemistry | 126 | CHN 27.0 |", "| 15 ↓ from 7 | 4.0 |", "| 11 ↓ from 6 | 4.6 |"],
  },
  {
    page: "docs/questions/top10-split.md",
    cliShows: [
      "| United States | 2019-2021 | All fields | 40.33 | 4.32 | 2.32 | 2.00 |",
      "| World | 2019-2021 | All fields | 170.00 | 16.77 | 11.07 | 5.69 |",
    ],
  },
  {
    page: "docs/questions/programme-papers.md",
    cliShows: [
      "| All years | 4 | 3 | 2 |",
      "| Programme | FY2024 (Apr 2024–Mar 2025) | 2 | 0 | 5 | 2 | no |",
    ],
  },
  {
    page: "docs/questions/network-core.md",
    cliShows: ["core (innermost k-core, k = 18): 36 nodes", "core (innermost k-core, k = 8): 22 nodes"],
  },
  {
    page: "docs/questions/network-export.md",
    cliShows: ["country network, 20 nodes, 163 edges"],
    sameFiles: ["countries.gexf", "countries.map.txt", "countries.network.txt"],
  },
];

describe("docs/questions/ and docs/getting-started.md", () => {
  const pages = [
    "docs/getting-started.md",
    ...readdirSync(`${ROOT}docs/questions`)
      .filter((name) => name.endsWith(".md"))
      .map((name) => `docs/questions/${name}`),
  ];

  it("are all tested here (the index excepted)", () => {
    expect(pages.filter((page) => !page.endsWith("README.md")).sort()).toEqual(
      PAGES.map((p) => p.page).sort(),
    );
  });

  it("link only to files that exist and to methodology sections that exist", () => {
    const methodology = readFileSync(`${ROOT}docs/methodology.md`, "utf8");
    for (const page of pages)
      for (const [, target = ""] of readFileSync(`${ROOT}${page}`, "utf8").matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(target)) continue;
        const [file = "", anchor] = target.split("#");
        const path = join(dirname(`${ROOT}${page}`), file);
        expect(existsSync(path), `${page} links to ${target}`).toBe(true);
        if (anchor !== undefined && file.endsWith("methodology.md"))
          expect(methodology, `${page} links to ${target}`).toContain(`<a id="${anchor}"></a>`);
      }
  });
});

const withRoot = (arg: string): string => (arg.startsWith("data-samples/") ? `${ROOT}${arg}` : arg);

describe.each(PAGES)("$page", ({ page, cliShows, sameFiles = [] }) => {
  const shown = questionPage(page);
  // The script gets a folder to write into (scripts that write nothing ignore it); the CLI's
  // `--out NAME` is put in another, so that the two can be compared and the repository stays clean.
  const scriptFolder = mkdtempSync(join(tmpdir(), "copub-question-script-"));
  const cliFolder = mkdtempSync(join(tmpdir(), "copub-question-cli-"));
  afterAll(() => {
    rmSync(scriptFolder, { recursive: true, force: true });
    rmSync(cliFolder, { recursive: true, force: true });
  });

  it("shows its script as the repository has it", () => {
    expect(shown.shownScript).toBe(scriptFile(shown));
  });

  it("shows, byte for byte, what the script prints", () => {
    expect(runScript(shown, scriptFolder)).toBe(shown.shownOutput);
  }, 120_000);

  it("gives a CLI command that runs and shows the same figures", async () => {
    expect(shown.commands.length).toBeGreaterThan(0);
    let printed = "";
    for (const command of shown.commands) {
      const args = command.split(" ").map(withRoot);
      const out = args.indexOf("--out") + 1;
      if (out > 0) args[out] = join(cliFolder, args[out] ?? "");
      const { code, stdout, stderr } = await run(...args);
      expect(code).toBe(0);
      printed += stdout + stderr;
    }
    for (const text of cliShows) expect(printed).toContain(text);
    for (const name of sameFiles)
      expect(readFileSync(join(cliFolder, name), "utf8"), name).toBe(
        readFileSync(join(scriptFolder, name), "utf8"),
      );
  }, 120_000);
});

/** The demo's papers in copub's default scope that have a country. */
const demo = (): RawPaper[] =>
  rawPapers(`${ROOT}data-samples/demo`).filter((p) => articleOrReview(p) && p.countries.size > 0);

/** Papers, international papers and the share in % (one decimal) of a set of papers. */
function shareOf(papers: readonly RawPaper[]): { papers: number; international: number; share: number } {
  const international = papers.filter((p) => p.countries.size >= 2).length;
  return {
    papers: papers.length,
    international,
    share: Number(((100 * international) / papers.length).toFixed(1)),
  };
}

describe("getting-started.md, counted from the raw export lines", () => {
  const output = questionPage("docs/getting-started.md").shownOutput;

  it("the record accounting and the three countries with most papers in 2021–2023", () => {
    const all = rawPapers(`${ROOT}data-samples/demo`);
    const inScope = all.filter(articleOrReview);
    expect(output).toContain(
      `${all.length} records read from 3 files, 0 rejected, 0 duplicates; ${inScope.length} papers in scope, ` +
        `${all.length - inScope.length} excluded (${all.length - inScope.length} doc-type-out-of-scope)`,
    );
    const recent = inScope.filter((p) => p.year >= 2021 && p.year <= 2023);
    const counts = new Map<string, number>();
    for (const paper of recent) for (const c of paper.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const NAMES: Record<string, string> = {
      "Peoples R China": "China",
      UK: "United Kingdom",
      USA: "United States",
    };
    for (const [token, n] of top) {
      const mine = recent.filter((p) => p.countries.has(token));
      const share = (100 * mine.filter((p) => p.countries.size >= 2).length) / n;
      expect(output).toContain(
        `${NAMES[token] ?? token}: ${(n / 3).toFixed(1)} papers a year in 2021-2023, ${share.toFixed(1)}% internationally`,
      );
    }
  });
});

describe("international-share.md, counted from the raw export lines", () => {
  const output = questionPage("docs/questions/international-share.md").shownOutput;
  const papers = demo();
  const inYears = (from: number, to: number, token?: string) =>
    papers.filter((p) => p.year >= from && p.year <= to && (token === undefined || p.countries.has(token)));

  it("every year's papers, international papers and share", () => {
    for (let year = 2006; year <= 2023; year++) {
      const { papers: n, international, share } = shareOf(inYears(year, year));
      expect([
        figure(output, `${year} `, 0),
        figure(output, `${year} `, 1),
        figure(output, `${year} `, 2),
      ]).toEqual([n, international, share]);
    }
  });

  it("each window's share: the ratio of the window's sums, for the world and each country", () => {
    const windows = [
      [2006, 2008],
      [2011, 2013],
      [2021, 2023],
    ] as const;
    const rows: [string, string | undefined][] = [
      ["World", undefined],
      ["United States", TOKEN.US],
      ["China", TOKEN.CN],
      ["Japan", TOKEN.JP],
      ["Germany", TOKEN.DE],
      ["United Kingdom", TOKEN.GB],
    ];
    for (const [label, token] of rows)
      windows.forEach(([from, to], i) => {
        expect(figure(output, `${label} `, i), `${label} ${from}-${to}`).toBe(
          shareOf(inYears(from, to, token)).share,
        );
      });
    // The page's headline: 2021–2023 world share 32.4%, 12.5 points above 2006–2008's 19.9%.
    expect(output).toContain("rose from 19.9% to 32.4% (+12.5 points)");
  });

  it("the papers without any address", () => {
    const none = rawPapers(`${ROOT}data-samples/demo`).filter(
      (p) => articleOrReview(p) && p.countries.size === 0,
    );
    expect(output).toContain(`; ${none.length} papers without an address`);
  });
});

describe("usa-partners.md, counted from the raw export lines", () => {
  const output = questionPage("docs/questions/usa-partners.md").shownOutput;
  const papers = rawPapers(`${ROOT}data-samples/usa-partners/exports`).filter((p) => p.countries.size >= 2);
  const WINDOWS = { earlier: [2009, 2011], later: [2019, 2021] } as const;

  /** The USA's international papers of a window, and each partner token's count on them. */
  function tally(window: readonly [number, number], keep: (paper: RawPaper) => boolean) {
    const international = papers.filter((p) => p.year >= window[0] && p.year <= window[1] && keep(p));
    const counts = new Map<string, number>();
    for (const paper of international)
      for (const country of paper.countries)
        if (country !== "USA") counts.set(country, (counts.get(country) ?? 0) + 1);
    // Competition rank: one more than the number of partners with more papers.
    const rank = (token: string): number =>
      1 + [...counts.values()].filter((n) => n > (counts.get(token) ?? 0)).length;
    return { papers: international.length, counts, rank };
  }

  /** Japan's lines, in the order of the page: all fields, chemistry, clinical medicine. */
  const japan = [
    ...output.matchAll(
      /Japan: rank (\d+) → (\d+) \((\w+)(?: (\d+))?\), (\d+) papers with the USA in 2019-2021, (\d+) in/g,
    ),
  ].map(([, before, after, movement, places, papersNow, papersThen]) => ({
    before: Number(before),
    after: Number(after),
    movement,
    places: Number(places ?? 0),
    papersNow: Number(papersNow),
    papersThen: Number(papersThen),
  }));

  it("over all fields: the USA's international papers, China's first place and Japan's fall", () => {
    const [then, now] = [tally(WINDOWS.earlier, () => true), tally(WINDOWS.later, () => true)];
    expect(output).toContain(
      `All fields: the USA's international papers ${then.papers} in 2009-2011, ${now.papers} in 2019-2021`,
    );
    expect(now.rank(TOKEN.CN ?? "")).toBe(1);
    expect(output).toContain(
      ` 1. China           ${((100 * (now.counts.get(TOKEN.CN ?? "") ?? 0)) / now.papers).toFixed(1)}%`,
    );
    const movement = now.rank("Japan") > then.rank("Japan") ? "down" : "up";
    expect(japan[0]).toEqual({
      before: then.rank("Japan"),
      after: now.rank("Japan"),
      movement,
      places: Math.abs(now.rank("Japan") - then.rank("Japan")),
      papersNow: now.counts.get("Japan"),
      papersThen: then.counts.get("Japan"),
    });
  });

  it("in chemistry and clinical medicine (the field of each paper as copub assigns it from WC)", async () => {
    // Fields come from copub's category table (§7.4), tested on its own elsewhere; everything else
    // here (years, countries, counts, ranks) is read from the raw lines.
    const corpus = await loadCorpus([`${ROOT}data-samples/usa-partners/exports`]);
    const fieldOf = new Map([...corpus.papers].map((p) => [p.ut, p.fields.nistep.map((f) => f.field)]));
    const names = { chem: "Chemistry", clin: "Clinical Medicine" } as const;
    for (const [i, field] of (["chem", "clin"] as const).entries()) {
      const inField = (paper: RawPaper): boolean => fieldOf.get(paper.ut)?.includes(field) ?? false;
      const [then, now] = [tally(WINDOWS.earlier, inField), tally(WINDOWS.later, inField)];
      expect(output).toContain(
        `${names[field]}: the USA's international papers ${then.papers} in 2009-2011, ${now.papers} in 2019-2021`,
      );
      expect(japan[i + 1]).toEqual({
        before: then.rank("Japan"),
        after: now.rank("Japan"),
        movement: "down",
        places: now.rank("Japan") - then.rank("Japan"),
        papersNow: now.counts.get("Japan"),
        papersThen: then.counts.get("Japan"),
      });
    }
    // The page's short answer: 7th to 15th in chemistry, 6th to 11th in clinical medicine.
    expect(japan.map((j) => [j.before, j.after])).toEqual([
      [8, 12],
      [7, 15],
      [6, 11],
    ]);
  }, 60_000);
});

describe("top10-split.md, counted from the raw export lines", () => {
  const output = questionPage("docs/questions/top10-split.md").shownOutput;

  it("Top10% per country, domestic and international, as methodology §8.3 defines them", async () => {
    // Reference sets are ESI field × year (§8.1); the field of each paper is copub's (its category
    // table, tested on its own); the years, countries, document types and TC come from the raw lines.
    const corpus = await loadCorpus([`${ROOT}data-samples/demo`]);
    const esiOf = new Map([...corpus.papers].map((p) => [p.ut, p.fields.esi[0]?.field]));
    const inScope = rawPapers(`${ROOT}data-samples/demo`).filter(
      (p) => articleOrReview(p) && p.year >= 2019 && p.year <= 2021,
    );
    const sets = new Map<string, RawPaper[]>();
    for (const paper of inScope) {
      const key = `${esiOf.get(paper.ut)} ${paper.year}`;
      sets.set(key, [...(sets.get(key) ?? []), paper]);
    }
    // §8.3, tie-fraction: t is the smallest citation count with n_>(t) ≤ N/10; papers above t
    // count 1, papers at t share what is left of N/10.
    const tau = new Map<string, number>();
    for (const set of sets.values()) {
      const above = (c: number): number => set.filter((p) => p.citations > c).length;
      const t = Math.min(...set.map((p) => p.citations).filter((c) => 10 * above(c) <= set.length));
      const atT = set.filter((p) => p.citations === t).length;
      for (const p of set)
        tau.set(p.ut, p.citations > t ? 1 : p.citations === t ? (set.length / 10 - above(t)) / atT : 0);
    }
    // Each set holds exactly a tenth of its papers: 513 papers, 51.3 Top10% papers (the page says so).
    expect(inScope).toHaveLength(513);
    expect([...tau.values()].reduce((s, w) => s + w, 0)).toBeCloseTo(51.3, 9);
    const rows: [string, string | undefined][] = [
      ["World", undefined],
      ["United States", TOKEN.US],
      ["China", TOKEN.CN],
      ["United Kingdom", TOKEN.GB],
      ["Germany", TOKEN.DE],
      ["Japan", TOKEN.JP],
    ];
    for (const [label, token] of rows) {
      const mine = inScope.filter((p) =>
        token === undefined ? p.countries.size > 0 : p.countries.has(token),
      );
      const sum = (papers: readonly RawPaper[]): number =>
        papers.reduce((s, p) => s + (tau.get(p.ut) ?? 0), 0);
      const domestic = sum(mine.filter((p) => p.countries.size === 1));
      const international = sum(mine.filter((p) => p.countries.size >= 2));
      // The window's counts are yearly averages (§6): sums over 2019–2021 divided by 3.
      const expected = [mine.length / 3, (domestic + international) / 3, domestic / 3, international / 3].map(
        (x) => Number(x.toFixed(2)),
      );
      expect(
        [0, 1, 2, 3].map((i) => figure(output, `${label} `, i)),
        label,
      ).toEqual(expected);
      expect(figure(output, `${label} `, 5), `${label} Q value`).toBe(
        Number(((100 * (domestic + international)) / mine.length).toFixed(1)),
      );
    }
  }, 60_000);
});

describe("programme-papers.md, against the hand count of methodology §12.4 (data set G)", () => {
  const output = questionPage("docs/questions/programme-papers.md").shownOutput;

  it("the programme's papers per fiscal year, each paper once", () => {
    // §12.4: selected R1 (FU), R2 (FX), R3 (FU), R5 (DOI list); R4 has no selector, R6 another grant.
    // Countries: R1 JP+GB, R2 JP, R3 JP+US+GB, R5 JP+DE. Fiscal years (April–March, EA first):
    // R1 PD MAR 31 2023 → FY2022; R3 EA MAR 2023 → FY2022; R2 PD APR 1 2023 → FY2023; R5 PY 2024
    // without a month → undetermined. So FY2022: 2 papers (R1, R3), both international and with GB;
    // FY2023: 1 (R2), domestic; undetermined: 1 (R5), international, not with GB. Total 4, 3, 2.
    const rows = (name: string) =>
      output
        .split("\n")
        .filter((line) => line.startsWith(`${name} `))
        .map((line) => line.split(/\s+/).slice(1));
    expect(rows("Programme")).toEqual([
      ["2022", "2", "2", "2"],
      ["2023", "1", "0", "0"],
      ["?", "1", "1", "0"],
    ]);
    // ASPIRE-US selects only R3 (its UT list; its DOI 10.9999/missing.r7 is in no record): FY2022, with the US.
    expect(rows("ASPIRE-US")).toEqual([["2022", "1", "1", "1"]]);
    for (const ut of ["701", "702", "703", "705"]) expect(output).toContain(`WOS:000000000000${ut}`);
    for (const ut of ["704", "706"]) expect(output).not.toContain(`WOS:000000000000${ut}`);
  });

  it("the targets against the papers with a partner", () => {
    // Targets 1, 2, 2 for FY2022–FY2024 (data-set-g-targets.csv); actual with partner 2, 0, 0.
    // Cumulative targets 1, 1+2 = 3, 3+2 = 5; cumulative actual 2, 2, 2; met only in FY2022 (2 ≥ 1).
    expect(output).toContain("FY2022: 2 of 1, cumulative 2 of 1 (met)");
    expect(output).toContain("FY2023: 0 of 2, cumulative 2 of 3 (not met)");
    expect(output).toContain("FY2024: 0 of 2, cumulative 2 of 5 (not met)");
  });
});

describe("network-core.md, counted from the raw export lines", () => {
  const output = questionPage("docs/questions/network-core.md").shownOutput;
  const papers = demo();
  const linking = papers.filter((p) => p.countries.size >= 2 && p.countries.size <= 25);

  /** Fractional link weights (§11.2): each paper with n countries adds 1/(n − 1) to each pair. */
  const links = new Map<string, number>();
  for (const paper of linking) {
    const countries = [...paper.countries].sort();
    for (const [i, a] of countries.entries())
      for (const b of countries.slice(i + 1))
        links.set(`${a}\t${b}`, (links.get(`${a}\t${b}`) ?? 0) + 1 / (countries.length - 1));
  }

  /** The innermost k-core of the links kept: peel nodes of degree < k for k = 1, 2, … until none is left. */
  function innermost(keep: (weight: number) => boolean): { k: number; members: string[] } {
    const pairs = [...links].filter(([, weight]) => keep(weight)).map(([pair]) => pair.split("\t"));
    let best = { k: 0, members: [] as string[] };
    for (let k = 1; ; k++) {
      let alive = new Set(pairs.flat());
      for (let changed = true; changed; ) {
        const degree = new Map<string, number>();
        for (const [a = "", b = ""] of pairs)
          if (alive.has(a) && alive.has(b)) {
            degree.set(a, (degree.get(a) ?? 0) + 1);
            degree.set(b, (degree.get(b) ?? 0) + 1);
          }
        const next = new Set([...alive].filter((node) => (degree.get(node) ?? 0) >= k));
        changed = next.size < alive.size;
        alive = next;
      }
      if (alive.size === 0) return best;
      best = { k, members: [...alive].sort() };
    }
  }

  it("countries, links and the papers that make them", () => {
    const capped = papers
      .filter((p) => p.countries.size > 25)
      .map((p) => `${p.ut} (${p.countries.size} countries)`);
    const countries = new Set(papers.flatMap((p) => [...p.countries]));
    const all = rawPapers(`${ROOT}data-samples/demo`).filter(articleOrReview);
    expect(output.split("\n")[0]).toBe(
      `${countries.size} countries, ${links.size} links, from ${all.length} papers ` +
        `(${papers.filter((p) => p.countries.size === 1).length} with one country, ${all.length - papers.length} without an address); ` +
        `left out of the links: ${capped.join(", ")}`,
    );
  });

  it("strength is the number of co-authored papers, degree the number of partners", () => {
    for (const [label, token] of [
      ["United States", "USA"],
      ["China", "Peoples R China"],
      ["Japan", "Japan"],
    ] as const) {
      const mine = papers.filter((p) => p.countries.has(token));
      const partners = new Set(
        linking.filter((p) => p.countries.has(token)).flatMap((p) => [...p.countries]),
      );
      partners.delete(token);
      expect(
        [0, 1, 2].map((i) => figure(output, `${label} `, i)),
        label,
      ).toEqual([mine.length, partners.size, linking.filter((p) => p.countries.has(token)).length]);
    }
  });

  it("the innermost k-core of every link and of the links of at least one paper", () => {
    const every = innermost(() => true);
    expect(output).toContain(
      `Innermost k-core of all links: k = ${every.k}, ${every.members.length} countries`,
    );
    // A link of weight 1 within rounding is kept, as pruneNetwork's minWeight keeps it (within 1e-9).
    const strong = innermost((weight) => weight >= 1 - 1e-9);
    const NAMES: Record<string, string> = {
      "Peoples R China": "China",
      UK: "United Kingdom",
      USA: "United States",
    };
    const names = strong.members.map((token) => NAMES[token] ?? token).sort((a, b) => (a < b ? -1 : 1));
    expect(output).toContain(
      `Innermost k-core of links of at least one paper: k = ${strong.k}: ${names.join(", ")}\n`,
    );
    // The page's short answer.
    expect([every.k, every.members.length, strong.k, strong.members.length]).toEqual([18, 36, 8, 22]);
  });
});

describe("network-export.md, counted from the raw export lines", () => {
  const output = questionPage("docs/questions/network-export.md").shownOutput;
  const papers = demo();
  const counts = new Map<string, number>();
  for (const paper of papers) for (const c of paper.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const top = new Set(ranked.slice(0, 20).map(([token]) => token));
  // Links among the 20, with fractional weights (1/(n − 1) per pair of a paper of 2–25 countries).
  const links = new Map<string, { papers: number; weight: number }>();
  for (const paper of papers.filter((p) => p.countries.size >= 2 && p.countries.size <= 25)) {
    const mine = [...paper.countries].filter((c) => top.has(c)).sort();
    for (const [i, a] of mine.entries())
      for (const b of mine.slice(i + 1)) {
        const link = links.get(`${a}\t${b}`) ?? { papers: 0, weight: 0 };
        links.set(`${a}\t${b}`, {
          papers: link.papers + 1,
          weight: link.weight + 1 / (paper.countries.size - 1),
        });
      }
  }

  it("the 20 countries with most papers and the links among them", () => {
    // No tie at the cutoff, so "the 20 with most papers" is one set.
    expect((ranked[19]?.[1] ?? 0) > (ranked[20]?.[1] ?? 0)).toBe(true);
    expect(output.split("\n")[0]).toBe(`20 countries, ${links.size} links written:`);
    expect(output).toContain(`countries.network.txt    3274 bytes, ${links.size} lines`);
  });

  it("Australia, the first country: its papers, partners, link strength, and its link with Belgium", () => {
    const australia = [...links].filter(([pair]) => pair.split("\t").includes("Australia"));
    const strength = australia.reduce((s, [, link]) => s + link.weight, 0);
    const line =
      output
        .split("\n")
        .find((l) => l.startsWith("1\tAustralia\t"))
        ?.split("\t") ?? [];
    expect(Number(line[3])).toBe(australia.length);
    expect(Number(line[4])).toBeCloseTo(strength, 9);
    expect(Number(line[5])).toBe(counts.get("Australia"));
    const belgium = links.get("Australia\tBelgium");
    expect(output).toContain(`<edge id="e0" source="AU" target="BE" weight="${belgium?.weight}">`);
    expect(output).toContain(
      `<attvalue for="papers" value="${belgium?.papers}"/>\n        </attvalues>\n      </edge>`,
    );
    expect(output).toContain(`<attvalue for="papers" value="${counts.get("Australia")}"/>`);
  });
});
