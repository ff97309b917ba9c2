/**
 * A record's fingerprint from the lines it was read from (`ReadOptions.fingerprints`): 53 bits
 * of two 32-bit multiply-and-rotate hashes run together over each line's length and its UTF-16
 * code units, two a step. It depends on the lines' text only, never on where the read chunks cut
 * them: a line whole in one chunk and the same line carried across two give the same steps.
 *
 * Why lines and not the parsed values (`quickDigest` in corpus/): the values are strings sliced
 * from the read chunk, about 85 a record, and reading their code units one `charCodeAt` at a time
 * costs 1.5–3 ns each. A record's lines lie side by side in the chunk, so the lines of a run are
 * copied out in one native call (as UTF-16, code unit for code unit) and read back from a typed
 * array: about a third of the time on real records.
 */
import { Buffer } from "node:buffer";
import { murmurFinalizer } from "../common/murmur-finalizer.ts";

/** Gathers the lines of one record at a time and gives their fingerprint. */
export interface LineFingerprint {
  /** Adds a line, `text.slice(start, end)`, to the record's. */
  add(text: string, start: number, end: number): void;
  /** The fingerprint of the lines added since the last `finish` or `reset`, which it forgets. */
  finish(): number;
  /** Forgets the lines added (a record rejected, or a new one begun). */
  reset(): void;
}

/** Code units copied out at a time; a run of lines is hashed from a copy while it fits. */
const SCRATCH_UNITS = 1 << 16;
/** Lines a run holds before it is hashed (the offsets' room). */
const RUN_LINES = 1024;
/** A gap between two lines (their line break, or a short line left out) still copied with the run. */
const RUN_GAP = 16;

/**
 * The copy runs are hashed from, as code units; only where the machine is little-endian, so
 * that a code unit read back is the one written (`utf16le`). Elsewhere lines are read one code
 * unit at a time, with the same steps.
 */
const scratch: { readonly bytes: Buffer; readonly units: Uint16Array } | undefined = (() => {
  const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
  if (!littleEndian) return undefined;
  const bytes = Buffer.allocUnsafeSlow(2 * SCRATCH_UNITS);
  return { bytes, units: new Uint16Array(bytes.buffer, bytes.byteOffset, SCRATCH_UNITS) };
})();

/**
 * Creates a line fingerprint; `seed` tells apart fingerprints of different readings (a reader's
 * format and its options), which must never be equal for lines read to different records.
 * @example
 * const fingerprint = createLineFingerprint(1);
 * fingerprint.add("PT J\nUT WOS:1\n", 0, 4);
 * fingerprint.add("PT J\nUT WOS:1\n", 5, 13);
 * fingerprint.finish() === (fingerprint.add("PT J", 0, 4), fingerprint.add("UT WOS:1", 0, 8), fingerprint.finish()) // → true
 */
export function createLineFingerprint(seed: number): LineFingerprint {
  let a = 0;
  let b = 0;
  let lines = 0;
  /** The run of lines waiting to be copied: its text, its first unit, its end, and each line's bounds. */
  let runText = "";
  let runStart = 0;
  let runEnd = 0;
  let runLines = 0;
  const bounds = new Int32Array(2 * RUN_LINES);

  const begin = (): void => {
    a = Math.imul(seed, 0x01000193) ^ 0x9747b28c;
    b = Math.imul(seed, 0x5bd1e995) ^ 0x3c6ef372;
    lines = 0;
    runLines = 0;
    runText = "";
  };
  const mix = (block: number): void => {
    const x = Math.imul(a ^ block, 0x01000193);
    a = (x << 13) | (x >>> 19);
    const y = Math.imul(b ^ block, 0x5bd1e995);
    b = (y << 17) | (y >>> 15);
  };
  /** One line read from a string, a code unit at a time (the same steps as from the copy). */
  const hashText = (text: string, start: number, end: number): void => {
    mix(end - start);
    let i = start;
    for (; i + 1 < end; i += 2) mix(text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
    if (i < end) mix(text.charCodeAt(i));
  };
  /** One line read from the copy. */
  const hashUnits = (units: Uint16Array, start: number, end: number): void => {
    mix(end - start);
    let x = a;
    let y = b;
    let i = start;
    for (; i + 1 < end; i += 2) {
      const block = (units[i] as number) | ((units[i + 1] as number) << 16);
      const p = Math.imul(x ^ block, 0x01000193);
      x = (p << 13) | (p >>> 19);
      const q = Math.imul(y ^ block, 0x5bd1e995);
      y = (q << 17) | (q >>> 15);
    }
    a = x;
    b = y;
    if (i < end) mix(units[i] as number);
  };
  /** Hashes the waiting run: copied out in one call, its lines read from the copy. */
  const flush = (): void => {
    if (runLines === 0) return;
    const copy = scratch as NonNullable<typeof scratch>;
    const whole = runStart === 0 && runEnd === runText.length;
    copy.bytes.write(whole ? runText : runText.slice(runStart, runEnd), 0, "utf16le");
    for (let k = 0; k < 2 * runLines; k += 2)
      hashUnits(copy.units, bounds[k] as number, bounds[k + 1] as number);
    runLines = 0;
    runText = "";
  };

  begin();
  return {
    add(text, start, end) {
      lines++;
      if (scratch === undefined || end - start > SCRATCH_UNITS) {
        flush();
        hashText(text, start, end);
        return;
      }
      const joins =
        runLines > 0 &&
        text === runText &&
        start >= runEnd &&
        start - runEnd <= RUN_GAP &&
        end - runStart <= SCRATCH_UNITS &&
        runLines < RUN_LINES;
      if (!joins) {
        flush();
        runText = text;
        runStart = start;
      }
      bounds[2 * runLines] = start - runStart;
      bounds[2 * runLines + 1] = end - runStart;
      runLines++;
      runEnd = end;
    },
    finish() {
      flush();
      mix(lines);
      const fingerprint = (murmurFinalizer(a) >>> 0) * 0x200000 + (murmurFinalizer(b) >>> 11);
      begin();
      return fingerprint;
    },
    reset: begin,
  };
}
