// Mutations of real exports for the fuzz harness: each kind breaks a file the way a disk, a
// transfer, an editor or an attacker might. A mutation is data (kind + numbers), so fast-check
// generates, prints and shrinks it, and a failing case is replayed from its seed.
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { seededRandom } from "../../src/networks/_random.ts";

/** The kinds of mutation, each a way a real file gets broken. */
export const MUTATION_KINDS = [
  "truncate",
  "flip-bits",
  "delete-range",
  "duplicate-range",
  "insert-random",
  "delete-line",
  "duplicate-line",
  "swap-lines",
  "join-lines",
  "huge-value",
  "many-tabs",
  "invalid-utf8",
  "nul-bytes",
  "control-chars",
  "line-endings",
  "encoding",
  "xml-entities",
  "xml-nesting",
  "xml-unclosed",
  "repeat-file",
  "empty",
  "gzip-corrupt",
] as const;

/** A kind of mutation. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** One mutation: its kind and the numbers it is drawn from (positions as fractions of the file, in millionths). */
export interface Mutation {
  readonly kind: MutationKind;
  readonly at: number;
  readonly span: number;
  readonly seed: number;
}

/** A fuzz case: a seed file, the mutations applied in order, and whether the result is gzipped. */
export interface FuzzCase {
  readonly seed: number;
  readonly mutations: readonly Mutation[];
  readonly gzip: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  at: fc.integer({ min: 0, max: 1_000_000 }),
  span: fc.integer({ min: 0, max: 1_000_000 }),
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
});

/**
 * Fuzz cases over `seeds` seed files: one to three mutations, then gzip one time in four.
 * @param seeds - how many seed files there are
 */
export function fuzzCases(seeds: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    seed: fc.integer({ min: 0, max: seeds - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    gzip: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  });
}

/** How large a `huge-value` mutation may grow a file. */
export interface MutationBudget {
  /** Largest value inserted by `huge-value` and `many-tabs`, in bytes. */
  readonly hugeBytes: number;
}

/**
 * Applies a case's mutations to a seed file.
 * @example
 * mutate(bytes, { seed: 0, mutations: [{ kind: "truncate", at: 500_000, span: 0, seed: 1 }], gzip: false }, budget)
 * // → the first half of the file
 */
export function mutate(bytes: Uint8Array, fuzzCase: FuzzCase, budget: MutationBudget): Uint8Array {
  let out = bytes;
  for (const m of fuzzCase.mutations) out = apply(out, m, budget);
  return fuzzCase.gzip ? new Uint8Array(gzipSync(out)) : out;
}

const encoder = new TextEncoder();
const concat = (...parts: readonly Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
const insert = (bytes: Uint8Array, at: number, piece: Uint8Array): Uint8Array =>
  concat(bytes.subarray(0, at), piece, bytes.subarray(at));

/** Offsets just after each LF (and 0): where lines start. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

function apply(bytes: Uint8Array, m: Mutation, budget: MutationBudget): Uint8Array {
  // The randomness inside one mutation: copub's own seeded generator (mulberry32).
  const rand = seededRandom(m.seed);
  const n = bytes.length;
  const at = Math.floor((m.at / 1_000_001) * (n + 1));
  const span = Math.floor((m.span / 1_000_001) * Math.min(n + 1, 4096));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const line = (): { start: number; end: number } => {
    const starts = lineStarts(bytes);
    const index = Math.floor((m.at / 1_000_001) * starts.length);
    const start = starts[index] ?? 0;
    return { start, end: starts[index + 1] ?? n };
  };
  switch (m.kind) {
    case "truncate":
      return bytes.subarray(0, at);
    case "flip-bits": {
      const out = bytes.slice();
      for (let k = 0; k < 1 + (m.span % 8) && n > 0; k++) {
        const i = Math.floor(rand() * n);
        out[i] = (out[i] ?? 0) ^ (1 << Math.floor(rand() * 8));
      }
      return out;
    }
    case "delete-range":
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + span)));
    case "duplicate-range": {
      const to = Math.floor(rand() * (n + 1));
      return insert(bytes, to, bytes.slice(at, Math.min(n, at + span)));
    }
    case "insert-random": {
      const piece = new Uint8Array(1 + span);
      for (let i = 0; i < piece.length; i++) piece[i] = Math.floor(rand() * 256);
      return insert(bytes, at, piece);
    }
    case "delete-line": {
      const { start, end } = line();
      return concat(bytes.subarray(0, start), bytes.subarray(end));
    }
    case "duplicate-line": {
      const { start, end } = line();
      const copies = 1 + Math.floor(rand() * 3);
      return insert(bytes, end, concat(...Array.from({ length: copies }, () => bytes.slice(start, end))));
    }
    case "swap-lines": {
      const starts = lineStarts(bytes);
      const [a, b] = [Math.floor(rand() * starts.length), Math.floor(rand() * starts.length)].sort(
        (x, y) => x - y,
      );
      const aStart = starts[a ?? 0] ?? 0;
      const aEnd = starts[(a ?? 0) + 1] ?? n;
      const bStart = starts[b ?? 0] ?? 0;
      const bEnd = starts[(b ?? 0) + 1] ?? n;
      if (aEnd > bStart) return bytes;
      return concat(
        bytes.subarray(0, aStart),
        bytes.subarray(bStart, bEnd),
        bytes.subarray(aEnd, bStart),
        bytes.subarray(aStart, aEnd),
        bytes.subarray(bEnd),
      );
    }
    case "join-lines": {
      const { end } = line();
      return end > 0 && bytes[end - 1] === 10
        ? concat(bytes.subarray(0, end - (bytes[end - 2] === 13 ? 2 : 1)), bytes.subarray(end))
        : bytes;
    }
    case "huge-value": {
      const { end } = line();
      const size = 1024 + Math.floor(rand() * budget.hugeBytes);
      const unit = pick(["x", "Ab Cd ", "Sato, A; ", "[Sato, A] Univ Tokyo, Japan; ", " ", "&amp;", "é"]);
      const value = unit.repeat(Math.ceil(size / unit.length));
      const at0 = end > 0 && bytes[end - 1] === 10 ? end - 1 : end;
      return insert(bytes, at0, encoder.encode(value));
    }
    case "many-tabs": {
      const size = 64 + Math.floor(rand() * budget.hugeBytes);
      return insert(bytes, at, encoder.encode("\t".repeat(size)));
    }
    case "invalid-utf8":
      return insert(
        bytes,
        at,
        new Uint8Array(
          pick([
            [0xc3, 0x28],
            [0xff, 0xfe],
            [0xed, 0xa0, 0x80],
            [0xf4, 0x90, 0x80, 0x80],
            [0x80],
            [0xe2, 0x82],
          ]),
        ),
      );
    case "nul-bytes":
      return insert(bytes, at, new Uint8Array(1 + span));
    case "control-chars":
      return insert(
        bytes,
        at,
        encoder.encode(pick(["\u2028", "\f", "\v", "\x1b[2J", "\r", "\u0085", "\uFEFF"])),
      );
    case "line-endings": {
      const text = new TextDecoder().decode(bytes);
      const to = pick(["\r\n", "\r", "\n"]);
      return encoder.encode(text.replace(/\r\n|\r|\n/g, to));
    }
    case "encoding": {
      const text = new TextDecoder().decode(bytes);
      const form = pick(["utf16le-bom", "utf16be-bom", "utf16le", "bom", "latin1"]);
      if (form === "bom") return concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes);
      if (form === "latin1") return new Uint8Array([...text].map((c) => c.charCodeAt(0) & 0xff));
      const units = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const [lo, hi] = [code & 0xff, code >> 8];
        units.set(form === "utf16be-bom" ? [hi, lo] : [lo, hi], i * 2);
      }
      if (form === "utf16le") return units;
      return concat(new Uint8Array(form === "utf16be-bom" ? [0xfe, 0xff] : [0xff, 0xfe]), units);
    }
    case "xml-entities":
      return insert(
        bytes,
        at,
        encoder.encode(
          pick([
            '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
            '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
            "&xxe;",
            "&b;",
            "&#x110000;",
            "&#0;",
            "&#xD800;",
            "&amp;lt;",
            "&",
            "&lt;REC&gt;",
            "<!ENTITY % p SYSTEM 'http://example.com/'>",
          ]),
        ),
      );
    case "xml-nesting": {
      const depth = 100 + Math.floor(rand() * 20_000);
      return insert(
        bytes,
        at,
        encoder.encode(`${"<a>".repeat(depth)}${rand() < 0.5 ? "</a>".repeat(depth) : ""}`),
      );
    }
    case "xml-unclosed":
      return insert(
        bytes,
        at,
        encoder.encode(
          pick([
            "<!--",
            "<![CDATA[",
            "<REC>",
            "</REC>",
            "<REC",
            '<REC a="',
            "<?xml",
            "<",
            "]]>",
            "-->",
          ]).repeat(1 + Math.floor(rand() * 200)),
        ),
      );
    case "repeat-file":
      return concat(...Array.from({ length: 2 + (m.span % 6) }, () => bytes));
    case "empty":
      return encoder.encode(
        pick([
          "",
          " ",
          "\n\n",
          "\uFEFF",
          "FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n",
          "PT\tAU\tUT\n",
          "<records/>",
        ]),
      );
    case "gzip-corrupt": {
      const gz = gzipSync(bytes);
      const cut = pick(["truncate", "flip", "trailing"]);
      if (cut === "truncate") return new Uint8Array(gz.subarray(0, Math.floor(rand() * gz.length)));
      if (cut === "trailing") return concat(gz, encoder.encode("garbage after the gzip member"));
      const out = new Uint8Array(gz);
      const i = 10 + Math.floor(rand() * Math.max(1, out.length - 10));
      out[i] = (out[i] ?? 0) ^ 0xff;
      return out;
    }
  }
}
