/**
 * The closed lists of synthetic records that are neither places, names, fields nor journals:
 * document types (with their PT code and the shape of a paper of that type), languages,
 * funding agencies by country with the shape of their grant numbers, group-author names, and
 * the WoS editions. Weights are rough shares of WoS records.
 */
import { type Weighted, weighted } from "./random.ts";

/** A document type and what papers of that type look like. */
export interface DocumentType {
  /** DT values (`["Article", "Proceedings Paper"]`). */
  readonly types: readonly string[];
  /** PT code: `J` journal, `C` conference, `B` book. */
  readonly publicationType: "J" | "C" | "B";
  /** `true` for short items (editorials, letters…): few authors, no abstract, few references. */
  readonly short: boolean;
  /** Median number of cited references. */
  readonly medianReferences: number;
  /** Multiplier on the citation draw (reviews are cited more, editorials less). */
  readonly citationFactor: number;
  /** Probability that the record has no address at all. */
  readonly noAddressShare: number;
}

function docType(
  types: string,
  publicationType: DocumentType["publicationType"],
  short: boolean,
  medianReferences: number,
  citationFactor: number,
  noAddressShare: number,
): DocumentType {
  return {
    types: types.split("; "),
    publicationType,
    short,
    medianReferences,
    citationFactor,
    noAddressShare,
  };
}

/** Document types, drawn by their share of WoS records. */
export const DOCUMENT_TYPES: Weighted<DocumentType> = weighted([
  [docType("Article", "J", false, 38, 1, 0.004), 0.74],
  [docType("Review", "J", false, 110, 2.5, 0.004), 0.08],
  [docType("Proceedings Paper", "C", false, 20, 0.4, 0.01), 0.05],
  [docType("Article; Proceedings Paper", "J", false, 28, 0.8, 0.004), 0.02],
  [docType("Editorial Material", "J", true, 8, 0.3, 0.3), 0.04],
  [docType("Letter", "J", true, 10, 0.4, 0.1), 0.02],
  [docType("Meeting Abstract", "J", true, 0, 0.02, 0.05), 0.02],
  [docType("Correction", "J", true, 1, 0.05, 0.3), 0.01],
  [docType("Book Review", "J", true, 1, 0.05, 0.6), 0.01],
  [docType("Review; Book Chapter", "B", false, 90, 1, 0.05), 0.004],
  [docType("Article; Data Paper", "J", false, 30, 1.2, 0.004), 0.003],
]);

/** Languages (LA), by their share of WoS records. */
export const LANGUAGES: Weighted<string> = weighted([
  ["English", 0.955],
  ["Spanish", 0.01],
  ["Chinese", 0.008],
  ["Portuguese", 0.008],
  ["German", 0.007],
  ["French", 0.006],
  ["Russian", 0.004],
  ["Turkish", 0.001],
  ["Japanese", 0.001],
]);

/** A funding agency and the shape of its grant numbers (`#` digit, `@` letter), or `null` for none. */
export type Funder = readonly [agency: string, grantPattern: string | null];

const EUROPE: readonly Funder[] = [
  ["European Research Council (ERC)", "#######"],
  ["European Union's Horizon 2020 research and innovation programme", "######"],
];

/** Funders by the WoS spelling of their country; other countries use `OTHER_FUNDERS`. */
export const FUNDERS: Readonly<Record<string, readonly Funder[]>> = {
  USA: [
    ["National Science Foundation (NSF)", "CHE-#######"],
    ["National Institutes of Health (NIH)", "R01GM######"],
    ["United States Department of Energy (DOE)", "DE-SC00#####"],
  ],
  "Peoples R China": [
    ["National Natural Science Foundation of China (NSFC)", "########"],
    ["National Key Research and Development Program of China", "2022YFA#######"],
    ["Fundamental Research Funds for the Central Universities", null],
  ],
  England: [
    ["UK Research & Innovation (UKRI)", "EP/W######/1"],
    ["Wellcome Trust", "######/Z/##/Z"],
  ],
  Germany: [["German Research Foundation (DFG)", "#########"], ...EUROPE],
  Japan: [["Japan Society for the Promotion of Science (JSPS) KAKENHI", "JP##K#####"]],
  France: [["French National Research Agency (ANR)", "ANR-##-CE##-####"], ...EUROPE],
  Italy: [["Ministero dell'Universita e della Ricerca (MUR)", "PRIN 2022####"], ...EUROPE],
  Spain: [["Spanish Government", "PID2020-######RB-I00"], ...EUROPE],
  Canada: [["Natural Sciences and Engineering Research Council of Canada (NSERC)", "RGPIN-2020-#####"]],
  Australia: [["Australian Research Council", "DP#######"]],
  "South Korea": [["National Research Foundation of Korea (NRF)", "NRF-2021R1A2C#######"]],
  Brazil: [["Conselho Nacional de Desenvolvimento Cientifico e Tecnologico (CNPq)", "######/####-#"]],
  India: [["Department of Science & Technology (India)", "SR/FST/@@-###"]],
  Netherlands: [["Netherlands Organization for Scientific Research (NWO)", "###.###.###"], ...EUROPE],
  Switzerland: [["Swiss National Science Foundation (SNSF)", "200020_######"]],
};

/** Funders for countries without a list of their own. */
export const OTHER_FUNDERS: readonly Funder[] = [
  ["Ministry of Education", null],
  ["Ministry of Science and Technology", "MOST ###-####-@-###-###"],
  ["National Research Council", "####"],
];

/** Group authors (CA) of large collaborations and consortia. */
export const GROUP_AUTHORS: readonly string[] = [
  "ATLAS Collaboration",
  "CMS Collaboration",
  "ALICE Collaboration",
  "LHCb Collaboration",
  "LIGO Scientific Collaboration",
  "Virgo Collaboration",
  "GBD 2019 Diseases and Injuries Collaborators",
  "COVID-19 Genomics UK Consortium",
  "IceCube Collaboration",
  "Belle II Collaboration",
];

/** Editions: the WE text of the text exports and the XML `edition/@value`. */
export interface Edition {
  /** WE. */
  readonly text: string;
  /** XML edition code. */
  readonly code: string;
}

/** The science, social-science and proceedings editions. */
export const EDITIONS: Readonly<Record<"science" | "social" | "proceedings", Edition>> = {
  science: { text: "Science Citation Index Expanded (SCI-EXPANDED)", code: "WOS.SCI" },
  social: { text: "Social Science Citation Index (SSCI)", code: "WOS.SSCI" },
  proceedings: { text: "Conference Proceedings Citation Index - Science (CPCI-S)", code: "WOS.ISTP" },
};

/** Open-access labels (OA), for the share of papers that have one. */
export const OPEN_ACCESS: Weighted<string> = weighted([
  ["gold", 0.4],
  ["Green Published, gold", 0.25],
  ["Green Submitted", 0.15],
  ["Bronze", 0.1],
  ["hybrid", 0.1],
]);

/** Month abbreviations as PD and EA write them. */
export const MONTHS: readonly string[] = [
  "JAN",
  "FEB",
  "MAR",
  "APR",
  "MAY",
  "JUN",
  "JUL",
  "AUG",
  "SEP",
  "OCT",
  "NOV",
  "DEC",
];
