/**
 * Generated data sets of the benchmarks, kept in `benchmarks/.data/` (git-ignored) and reused
 * across runs: a file is regenerated only when its format, size or seed differ, or when the
 * generator's source changed (its fingerprint is stored next to the file). Before generating,
 * the free disk space is checked, since the `--full` sizes run to tens of gigabytes.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, statfs, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { WosFormat } from "../src/read/read-item.ts";
import { timeOnce } from "./_harness.ts";
import { writeSyntheticExport } from "./generate/write.ts";

/** Where generated data sets live. */
export const DATA_FOLDER = fileURLToPath(new URL("./.data/", import.meta.url));
const GENERATOR_FOLDER = fileURLToPath(new URL("./generate/", import.meta.url));

/**
 * Bytes per record of each format at the default settings, measured on 20,000 records with
 * seed 1, with headroom. Used only to check free disk space before generating.
 */
const BYTES_PER_RECORD: Readonly<Record<WosFormat, number>> = { plain: 6500, tab: 6200, xml: 20_000 };
/** Space left free on the disk after a data set is written. */
const DISK_MARGIN_BYTES = 2 * 1024 ** 3;

/** One data set on disk. */
export interface Dataset {
  /** Export format. */
  readonly format: WosFormat;
  /** Records in the file. */
  readonly records: number;
  /** Generator seed. */
  readonly seed: number;
  /** The file. */
  readonly path: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Seconds spent generating it in this run, or `null` when it was reused. */
  readonly generatedSeconds: number | null;
}

/** A data set that could not be made, and why (not enough disk space). */
export class DatasetSkipped extends Error {
  override readonly name = "DatasetSkipped";
}

interface Manifest {
  readonly generator: string;
  readonly format: WosFormat;
  readonly records: number;
  readonly seed: number;
  readonly bytes: number;
}

/**
 * A short hash of the generator's source files, so a changed generator never reuses stale data.
 * @example
 * await generatorFingerprint() // → "3f9a0c1d2e4b5a69"
 */
export async function generatorFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(GENERATOR_FOLDER)).filter((n) => n.endsWith(".ts")).sort();
  for (const name of names) {
    hash.update(name);
    hash.update(await readFile(`${GENERATOR_FOLDER}${name}`));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Returns the data set, generating it first unless an identical one is already on disk.
 * @throws DatasetSkipped when the disk has too little free space for it
 * @example
 * await ensureDataset("plain", 10_000, 1) // → { path: ".../benchmarks/.data/plain-seed1-10000.txt", bytes: 57_000_000, generatedSeconds: null, … }
 */
export async function ensureDataset(format: WosFormat, records: number, seed: number): Promise<Dataset> {
  await mkdir(DATA_FOLDER, { recursive: true });
  const path = `${DATA_FOLDER}${format}-seed${seed}-${records}.${format === "xml" ? "xml" : "txt"}`;
  const manifestPath = `${path}.json`;
  const generator = await generatorFingerprint();
  const existing = await readManifest(manifestPath);
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (
    existing !== null &&
    existing.generator === generator &&
    existing.format === format &&
    existing.records === records &&
    existing.seed === seed &&
    existing.bytes === size
  ) {
    return { format, records, seed, path, bytes: size, generatedSeconds: null };
  }

  const needed = records * BYTES_PER_RECORD[format] + DISK_MARGIN_BYTES;
  const disk = await statfs(DATA_FOLDER);
  const free = disk.bavail * disk.bsize + Math.max(0, size);
  if (free < needed) {
    throw new DatasetSkipped(
      `${format} × ${records.toLocaleString("en-US")} records needs about ${gib(needed)} free on the disk of ${DATA_FOLDER}; ${gib(free)} is free`,
    );
  }
  console.log(`  generating ${format} × ${records.toLocaleString("en-US")} records (seed ${seed}) …`);
  let bytes = 0;
  const { seconds } = await timeOnce(async () => {
    ({ bytes } = await writeSyntheticExport(path, { format, records, seed }));
  });
  const manifest: Manifest = { generator, format, records, seed, bytes };
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { format, records, seed, path, bytes, generatedSeconds: seconds };
}

async function readManifest(path: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Manifest;
  } catch {
    return null;
  }
}

function gib(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/**
 * `ensureDataset`, or `null` after recording why it was skipped (not enough disk space).
 * @example
 * await datasetOrSkip("plain", 1_000_000, 1, "stages at 1000000 records", result.skipped)
 */
export async function datasetOrSkip(
  format: WosFormat,
  records: number,
  seed: number,
  what: string,
  skipped: { what: string; reason: string }[],
): Promise<Dataset | null> {
  try {
    return await ensureDataset(format, records, seed);
  } catch (error) {
    if (!(error instanceof DatasetSkipped)) throw error;
    skipped.push({ what, reason: error.message });
    console.log(`  skipped: ${error.message}`);
    return null;
  }
}
