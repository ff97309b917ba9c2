/**
 * The selectors of docs/methodology.md §12.1 compiled once for a project table: which projects'
 * grant ids occur in a paper's FU or XML grant lists or its FX text (whole tokens), which list
 * its DOI or UT, and which funder patterns match its funding. A paper is then matched in one
 * pass over its funding, whatever the number of projects.
 */
import type { CorpusPaper } from "../corpus/corpus-paper.ts";
import { normalizeDoi, normalizeUt } from "../read/identifiers.ts";
import { grantIdFinder, normalizeGrantId } from "./grant-ids.ts";
import type { ProgrammeMatch } from "./programme-result.ts";
import type { Project } from "./project-table.ts";

/** The matches of one paper. */
export interface PaperMatches {
  /** Matches by grant id, DOI or UT: these select. */
  readonly selecting: ProgrammeMatch[];
  /** Matches by funder pattern: reported, selecting only when allowed. */
  readonly byFunder: ProgrammeMatch[];
}

/** A listed DOI or UT, for finding the ones no paper carries. */
export interface ListedIdentifier {
  readonly project: string;
  readonly kind: "doi" | "ut";
  readonly identifier: string;
  readonly normalized: string;
}

/** A project table's selectors, ready to match papers. */
export interface Selectors {
  /** Every match of a paper. */
  readonly match: (paper: CorpusPaper) => PaperMatches;
  /** Every DOI and UT the projects list. */
  readonly listed: readonly ListedIdentifier[];
}

/**
 * Compiles the selectors of a project table.
 * @param projects - the checked project table
 * @example
 * compileSelectors([{ project: "A", grants: ["JPMJAP9999"], … }]).match(paper).selecting
 * // → [{ project: "A", matchedBy: "grant:FU", identifier: "JPMJAP9999" }]
 */
export function compileSelectors(projects: readonly Project[]): Selectors {
  const byGrant = new Map<string, string[]>();
  const listed: ListedIdentifier[] = [];
  const byIdentifier = new Map<string, ListedIdentifier[]>();
  const funders: { project: string; source: string; pattern: RegExp }[] = [];
  for (const project of projects) {
    for (const id of project.grants) byGrant.set(id, [...(byGrant.get(id) ?? []), project.project]);
    for (const [kind, list] of [
      ["doi", project.dois],
      ["ut", project.uts],
    ] as const)
      for (const identifier of list) {
        const normalized = kind === "doi" ? (normalizeDoi(identifier) ?? "") : normalizeUt(identifier);
        const entry = { project: project.project, kind, identifier, normalized };
        listed.push(entry);
        const key = `${kind}:${normalized}`;
        byIdentifier.set(key, [...(byIdentifier.get(key) ?? []), entry]);
      }
    for (const source of project.funders)
      funders.push({ project: project.project, source, pattern: new RegExp(source, "iu") });
  }
  const findGrantIds = grantIdFinder(byGrant.keys());

  /** The grant ids in an FU or XML grant entry: most entries are exactly one id. */
  const grantsIn = (text: string): string[] => {
    const exact = normalizeGrantId(text);
    return byGrant.has(exact) ? [exact] : findGrantIds(text);
  };

  return {
    listed,
    match(paper) {
      const selecting: ProgrammeMatch[] = [];
      const add = (matchedBy: ProgrammeMatch["matchedBy"], id: string) => {
        for (const project of byGrant.get(id) ?? []) selecting.push({ project, matchedBy, identifier: id });
      };
      const listSource = paper.source.format === "xml" ? "grant:XML" : "grant:FU";
      for (const grant of paper.grants)
        for (const written of grant.grantIds) for (const id of grantsIn(written)) add(listSource, id);
      if (paper.fundingText !== null) for (const id of findGrantIds(paper.fundingText)) add("grant:FX", id);
      for (const [kind, value] of [
        ["doi", paper.doi],
        ["ut", paper.ut],
      ] as const) {
        if (value === null) continue;
        for (const entry of byIdentifier.get(`${kind}:${value}`) ?? [])
          selecting.push({
            project: entry.project,
            matchedBy: kind === "doi" ? "doi-list" : "ut-list",
            identifier: entry.identifier,
          });
      }
      const byFunder: ProgrammeMatch[] = [];
      if (funders.length > 0) {
        const funding = [...paper.grants.map((grant) => grant.agency), paper.fundingText ?? ""].join("\n");
        for (const funder of funders)
          if (funder.pattern.test(funding))
            byFunder.push({ project: funder.project, matchedBy: "funder-text", identifier: funder.source });
      }
      return { selecting: distinctMatches(selecting), byFunder };
    },
  };
}

/** One match per project, selector and identifier (an id listed twice in FU is one match). */
function distinctMatches(matches: readonly ProgrammeMatch[]): ProgrammeMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.project}\u0000${m.matchedBy}\u0000${m.identifier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
