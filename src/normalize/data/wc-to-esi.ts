/**
 * copub's default mapping from Web of Science Categories (WC) to the 22 ESI fields.
 *
 * Source: the methodology reference's Appendix B (docs/methodology.md §7.4 describes it), a copub
 * approximation [D]: Clarivate publishes ESI as a journal list, not as a category mapping, and no
 * public crosswalk was found (§7.3). B.1 below is every row of the appendix's Science Citation
 * Index Expanded table, with its confidence mark (H: holds for nearly all journals of the category;
 * M: for most; L: the default is a guess). B.2 is the appendix's rule for Social Sciences Citation
 * Index categories. That rule ends with "every other SSCI category: SOC", which needs the list of
 * SSCI categories; the appendix does not give it, so {@link SSCI_OTHER_CATEGORIES} is copub's own
 * transcription of the SSCI category names of Clarivate's Journal Citation Reports [D], not re-
 * checked against a Clarivate list. Categories found only in the Arts & Humanities Citation Index
 * stay unmapped (not part of ESI).
 */
import type { EsiFieldId } from "./esi-fields.ts";

/** How sure Appendix B is of a row: H, M or L; `null` where B.2 names a category without a mark. */
export type WcConfidence = "H" | "M" | "L" | null;

/** One row of Appendix B: a WoS Category as the appendix writes it, its ESI field and confidence. */
export type WcEsiRow = readonly [category: string, esi: EsiFieldId, confidence: WcConfidence];

/**
 * Appendix B.1, every row in the appendix's order (178 rows).
 * @example
 * WC_TO_ESI_B1[0] // → ["Acoustics", "ENG", "M"]
 */
export const WC_TO_ESI_B1: readonly WcEsiRow[] = Object.freeze([
  ["Acoustics", "ENG", "M"],
  ["Agricultural Economics & Policy", "ECO", "L"],
  ["Agricultural Engineering", "AGR", "M"],
  ["Agriculture, Dairy & Animal Science", "AGR", "H"],
  ["Agriculture, Multidisciplinary", "AGR", "H"],
  ["Agronomy", "PLA", "M"],
  ["Allergy", "IMM", "M"],
  ["Anatomy & Morphology", "BIO", "L"],
  ["Andrology", "CLI", "M"],
  ["Anesthesiology", "CLI", "H"],
  ["Astronomy & Astrophysics", "SPA", "H"],
  ["Audiology & Speech-Language Pathology", "CLI", "M"],
  ["Automation & Control Systems", "ENG", "M"],
  ["Behavioral Sciences", "NEU", "M"],
  ["Biochemical Research Methods", "BIO", "M"],
  ["Biochemistry & Molecular Biology", "BIO", "M"],
  ["Biodiversity Conservation", "ENV", "M"],
  ["Biology", "BIO", "M"],
  ["Biophysics", "BIO", "M"],
  ["Biotechnology & Applied Microbiology", "BIO", "L"],
  ["Cardiac & Cardiovascular Systems", "CLI", "H"],
  ["Cell & Tissue Engineering", "MOL", "L"],
  ["Cell Biology", "MOL", "M"],
  ["Chemistry, Analytical", "CHE", "H"],
  ["Chemistry, Applied", "CHE", "H"],
  ["Chemistry, Inorganic & Nuclear", "CHE", "H"],
  ["Chemistry, Medicinal", "CHE", "L"],
  ["Chemistry, Multidisciplinary", "CHE", "H"],
  ["Chemistry, Organic", "CHE", "H"],
  ["Chemistry, Physical", "CHE", "H"],
  ["Clinical Neurology", "NEU", "L"],
  ["Computer Science, Artificial Intelligence", "CS", "H"],
  ["Computer Science, Cybernetics", "CS", "H"],
  ["Computer Science, Hardware & Architecture", "CS", "H"],
  ["Computer Science, Information Systems", "CS", "H"],
  ["Computer Science, Interdisciplinary Applications", "CS", "M"],
  ["Computer Science, Software Engineering", "CS", "H"],
  ["Computer Science, Theory & Methods", "CS", "H"],
  ["Construction & Building Technology", "ENG", "H"],
  ["Critical Care Medicine", "CLI", "H"],
  ["Crystallography", "CHE", "M"],
  ["Dentistry, Oral Surgery & Medicine", "CLI", "H"],
  ["Dermatology", "CLI", "H"],
  ["Developmental Biology", "MOL", "M"],
  ["Ecology", "ENV", "H"],
  ["Education, Scientific Disciplines", "SOC", "M"],
  ["Electrochemistry", "CHE", "H"],
  ["Emergency Medicine", "CLI", "H"],
  ["Endocrinology & Metabolism", "CLI", "M"],
  ["Energy & Fuels", "ENG", "M"],
  ["Engineering, Aerospace", "ENG", "H"],
  ["Engineering, Biomedical", "ENG", "M"],
  ["Engineering, Chemical", "ENG", "M"],
  ["Engineering, Civil", "ENG", "H"],
  ["Engineering, Electrical & Electronic", "ENG", "H"],
  ["Engineering, Environmental", "ENV", "M"],
  ["Engineering, Geological", "GEO", "L"],
  ["Engineering, Industrial", "ENG", "H"],
  ["Engineering, Manufacturing", "ENG", "H"],
  ["Engineering, Marine", "ENG", "H"],
  ["Engineering, Mechanical", "ENG", "H"],
  ["Engineering, Multidisciplinary", "ENG", "H"],
  ["Engineering, Ocean", "ENG", "M"],
  ["Engineering, Petroleum", "ENG", "M"],
  ["Entomology", "PLA", "H"],
  ["Environmental Sciences", "ENV", "H"],
  ["Evolutionary Biology", "ENV", "L"],
  ["Fisheries", "PLA", "M"],
  ["Food Science & Technology", "AGR", "H"],
  ["Forestry", "PLA", "M"],
  ["Gastroenterology & Hepatology", "CLI", "H"],
  ["Genetics & Heredity", "MOL", "H"],
  ["Geochemistry & Geophysics", "GEO", "H"],
  ["Geography, Physical", "GEO", "H"],
  ["Geology", "GEO", "H"],
  ["Geosciences, Multidisciplinary", "GEO", "H"],
  ["Geriatrics & Gerontology", "CLI", "H"],
  ["Green & Sustainable Science & Technology", "ENV", "L"],
  ["Health Care Sciences & Services", "CLI", "M"],
  ["Hematology", "CLI", "H"],
  ["History & Philosophy of Science", "SOC", "L"],
  ["Horticulture", "PLA", "M"],
  ["Imaging Science & Photographic Technology", "ENG", "L"],
  ["Immunology", "IMM", "H"],
  ["Infectious Diseases", "CLI", "M"],
  ["Instruments & Instrumentation", "ENG", "M"],
  ["Integrative & Complementary Medicine", "CLI", "M"],
  ["Limnology", "ENV", "M"],
  ["Logic", "MATH", "M"],
  ["Marine & Freshwater Biology", "PLA", "M"],
  ["Materials Science, Biomaterials", "MAT", "H"],
  ["Materials Science, Ceramics", "MAT", "H"],
  ["Materials Science, Characterization & Testing", "MAT", "H"],
  ["Materials Science, Coatings & Films", "MAT", "H"],
  ["Materials Science, Composites", "MAT", "H"],
  ["Materials Science, Multidisciplinary", "MAT", "H"],
  ["Materials Science, Paper & Wood", "MAT", "H"],
  ["Materials Science, Textiles", "MAT", "H"],
  ["Mathematical & Computational Biology", "BIO", "L"],
  ["Mathematics", "MATH", "H"],
  ["Mathematics, Applied", "MATH", "H"],
  ["Mathematics, Interdisciplinary Applications", "MATH", "M"],
  ["Mechanics", "ENG", "M"],
  ["Medical Ethics", "SOC", "L"],
  ["Medical Informatics", "CLI", "L"],
  ["Medical Laboratory Technology", "CLI", "M"],
  ["Medicine, General & Internal", "CLI", "H"],
  ["Medicine, Legal", "CLI", "M"],
  ["Medicine, Research & Experimental", "CLI", "M"],
  ["Metallurgy & Metallurgical Engineering", "MAT", "M"],
  ["Meteorology & Atmospheric Sciences", "GEO", "H"],
  ["Microbiology", "MIC", "H"],
  ["Microscopy", "BIO", "L"],
  ["Mineralogy", "GEO", "H"],
  ["Mining & Mineral Processing", "ENG", "L"],
  ["Multidisciplinary Sciences", "MUL", "H"],
  ["Mycology", "PLA", "L"],
  ["Nanoscience & Nanotechnology", "MAT", "M"],
  ["Neuroimaging", "NEU", "M"],
  ["Neurosciences", "NEU", "H"],
  ["Nuclear Science & Technology", "PHY", "M"],
  ["Nursing", "CLI", "M"],
  ["Nutrition & Dietetics", "CLI", "L"],
  ["Obstetrics & Gynecology", "CLI", "H"],
  ["Oceanography", "GEO", "H"],
  ["Oncology", "CLI", "H"],
  ["Operations Research & Management Science", "ENG", "L"],
  ["Ophthalmology", "CLI", "H"],
  ["Optics", "PHY", "M"],
  ["Ornithology", "PLA", "H"],
  ["Orthopedics", "CLI", "H"],
  ["Otorhinolaryngology", "CLI", "H"],
  ["Paleontology", "GEO", "M"],
  ["Parasitology", "MIC", "L"],
  ["Pathology", "CLI", "M"],
  ["Pediatrics", "CLI", "H"],
  ["Peripheral Vascular Disease", "CLI", "H"],
  ["Pharmacology & Pharmacy", "PHA", "H"],
  ["Physics, Applied", "PHY", "H"],
  ["Physics, Atomic, Molecular & Chemical", "PHY", "H"],
  ["Physics, Condensed Matter", "PHY", "H"],
  ["Physics, Fluids & Plasmas", "PHY", "H"],
  ["Physics, Mathematical", "PHY", "M"],
  ["Physics, Multidisciplinary", "PHY", "H"],
  ["Physics, Nuclear", "PHY", "H"],
  ["Physics, Particles & Fields", "PHY", "H"],
  ["Physiology", "BIO", "M"],
  ["Plant Sciences", "PLA", "H"],
  ["Polymer Science", "CHE", "M"],
  ["Primary Health Care", "CLI", "H"],
  ["Psychiatry", "PSY", "H"],
  ["Psychology", "PSY", "H"],
  ["Public, Environmental & Occupational Health", "CLI", "L"],
  ["Quantum Science & Technology", "PHY", "M"],
  ["Radiology, Nuclear Medicine & Medical Imaging", "CLI", "H"],
  ["Rehabilitation", "CLI", "M"],
  ["Remote Sensing", "GEO", "M"],
  ["Reproductive Biology", "CLI", "L"],
  ["Respiratory System", "CLI", "H"],
  ["Rheumatology", "CLI", "H"],
  ["Robotics", "ENG", "M"],
  ["Soil Science", "AGR", "M"],
  ["Spectroscopy", "CHE", "M"],
  ["Sport Sciences", "CLI", "M"],
  ["Statistics & Probability", "MATH", "H"],
  ["Substance Abuse", "PSY", "M"],
  ["Surgery", "CLI", "H"],
  ["Telecommunications", "CS", "L"],
  ["Thermodynamics", "ENG", "M"],
  ["Toxicology", "PHA", "H"],
  ["Transplantation", "CLI", "H"],
  ["Transportation Science & Technology", "ENG", "M"],
  ["Tropical Medicine", "CLI", "M"],
  ["Urology & Nephrology", "CLI", "H"],
  ["Veterinary Sciences", "PLA", "M"],
  ["Virology", "MIC", "H"],
  ["Water Resources", "GEO", "L"],
  ["Zoology", "PLA", "H"],
] as const);

/**
 * Appendix B.2, the SSCI categories it names, with the field it gives each and the `(L)` marks
 * it writes. Psychiatry, Substance Abuse, Nursing, Rehabilitation, Public, Environmental &
 * Occupational Health and Agricultural Economics & Policy are in B.1 too, with the same field;
 * B.1 is consulted first.
 * @example
 * WC_TO_ESI_B2_NAMED[0] // → ["Business", "ECO", null]
 */
export const WC_TO_ESI_B2_NAMED: readonly WcEsiRow[] = Object.freeze([
  ["Business", "ECO", null],
  ["Business, Finance", "ECO", null],
  ["Economics", "ECO", null],
  ["Management", "ECO", null],
  ["Industrial Relations & Labor", "ECO", null],
  ["Hospitality, Leisure, Sport & Tourism", "ECO", "L"],
  ["Agricultural Economics & Policy", "ECO", "L"],
  ["Psychiatry", "PSY", null],
  ["Psychology", "PSY", null],
  ["Substance Abuse", "PSY", null],
  ["Nursing", "CLI", null],
  ["Rehabilitation", "CLI", null],
  ["Public, Environmental & Occupational Health", "CLI", "L"],
] as const);

/**
 * B.2's "every `Psychology, …` category" rule: a category starting with this text is PSY.
 * @example
 * "Psychology, Social".startsWith(SSCI_PSYCHOLOGY_PREFIX) // → true
 */
export const SSCI_PSYCHOLOGY_PREFIX = "Psychology, ";

/**
 * The field and confidence B.2 gives every other SSCI category: "SOC (M)".
 * @example
 * SSCI_OTHER_FIELD // → ["SOC", "M"]
 */
export const SSCI_OTHER_FIELD: readonly [esi: EsiFieldId, confidence: WcConfidence] = Object.freeze([
  "SOC",
  "M",
] as const);

/**
 * SSCI categories that neither B.1 nor B.2 names, so B.2's last SSCI rule gives them SOC: copub's
 * transcription of the SSCI category names of Clarivate's Journal Citation Reports [D]. WoS writes
 * some with other capitals (`History Of Social Sciences`); matching ignores case.
 * @example
 * SSCI_OTHER_CATEGORIES.includes("Sociology") // → true
 */
export const SSCI_OTHER_CATEGORIES: readonly string[] = Object.freeze([
  "Anthropology",
  "Area Studies",
  "Communication",
  "Criminology & Penology",
  "Cultural Studies",
  "Demography",
  "Development Studies",
  "Education & Educational Research",
  "Education, Special",
  "Environmental Studies",
  "Ergonomics",
  "Ethics",
  "Ethnic Studies",
  "Family Studies",
  "Geography",
  "Gerontology",
  "Health Policy & Services",
  "History",
  "History of Social Sciences",
  "Information Science & Library Science",
  "International Relations",
  "Law",
  "Linguistics",
  "Planning & Development",
  "Political Science",
  "Public Administration",
  "Regional & Urban Planning",
  "Social Issues",
  "Social Sciences, Biomedical",
  "Social Sciences, Interdisciplinary",
  "Social Sciences, Mathematical Methods",
  "Social Work",
  "Sociology",
  "Transportation",
  "Urban Studies",
  "Women's Studies",
]);
