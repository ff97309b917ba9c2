/**
 * What every chart shares: SVG serialization, number and percent formatting, the house style
 * (font, ink, Okabe–Ito palette), text-width estimates and the header block. The charts are
 * written as SVG strings with d3 modules (d3-array ticks here, d3-geo and topojson-client in the
 * map), not with Observable Plot on a server-side DOM or with Vega's headless view. Plot needs
 * linkedom or jsdom as `document`, numbers its clip paths, patterns and markers with
 * process-wide counters (`plot-clip-1`, then `plot-clip-2` for the same chart), prints raw
 * floats such as `97.99999999994725`, puts legends in HTML outside the SVG and warns through
 * `console.warn`. Vega renders asynchronously, brings about thirty packages, and also counts
 * its gradient and clip ids across the process. Writing the markup ourselves puts every number
 * through one formatter and uses no ids, so the bytes depend on the input alone. It also needs
 * no DOM and no native code, the functions stay synchronous and pure, and Deno and tsx load the
 * same small ESM modules.
 */
import { CopubError } from "../../diagnostics/errors.ts";
import { fixed } from "../round.ts";

/** The font stack: the platform's interface sans-serif, no web font. */
export const FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
/** Text and axis colour. */
export const INK = "#1f2328";
/** Secondary text. */
export const MUTED = "#57606a";
/** Grid lines. */
export const GRID = "#e1e4e8";
/** Okabe–Ito colours safe for colour-blind readers, ordered for lines and dots on white (no yellow). */
export const PALETTE: readonly string[] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
/** Default chart width in pixels. */
export const DEFAULT_WIDTH = 720;
/** Left and right padding of the whole chart. */
export const PAD = 16;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Escapes text for an XML attribute or text node, with the five entities XML and HTML share.
 * @example
 * esc('R&D "core"') // → "R&amp;D &quot;core&quot;"
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A coordinate with at most one decimal, "-0" avoided: every number in an SVG goes through this.
 * @example
 * num(97.99999999994725) // → "98"
 * num(0.25)              // → "0.3"
 */
export function num(x: number): string {
  const text = fixed(x, 1);
  return text.endsWith(".0") ? text.slice(0, -2) : text;
}

/**
 * A share (0–1) as a percentage with `digits` decimals.
 * @example
 * percent(0.30000000000000004) // → "30.0%"
 * percent(0.125, 0)            // → "13%"
 */
export function percent(share: number, digits = 1): string {
  return `${fixed(share * 100, digits)}%`;
}

/**
 * A count with thousands separators and `digits` decimals (no locale data involved).
 * @example
 * count(12345.25, 1) // → "12,345.3"
 */
export function count(x: number, digits: number): string {
  const [whole = "", decimals] = fixed(x, digits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

type AttributeValue = string | number | undefined;

/**
 * One element: attributes in the given order (numbers through `num`, `undefined` left out), text
 * or child markup inside; self-closing when there is nothing inside.
 * @example
 * el("rect", { x: 1.25, width: 10 }) // → '<rect x="1.3" width="10"/>'
 */
export function el(name: string, attributes: Readonly<Record<string, AttributeValue>>, inner = ""): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? num(value) : esc(value)}"`)
    .join("");
  return inner === "" ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** A `<g>` around lines of markup, one per line. */
export function group(
  attributes: Readonly<Record<string, AttributeValue>>,
  children: readonly string[],
): string {
  return `${el("g", attributes, `\n${children.join("\n")}\n`)}`;
}

/**
 * Advance widths (em) close to DejaVu Sans, the widest common fallback for `system-ui`, so that
 * margins sized with them hold for Segoe UI, San Francisco, Roboto and Helvetica too.
 */
function charWidth(c: string): number {
  if (c === " ") return 0.32;
  if ("ijl.,:;'!|".includes(c)) return 0.28;
  if ("ftrI()[]-/".includes(c)) return 0.4;
  if ("mwMW%@".includes(c)) return 0.95;
  if (c >= "A" && c <= "Z") return 0.73;
  if (c >= "0" && c <= "9") return 0.64;
  return c.charCodeAt(0) >= 0x2e80 ? 1 : 0.61;
}

/**
 * Estimated width in pixels of `text` at `size` px (bold 10% wider). It errs wide, since the
 * real font is the reader's.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * size * (bold ? 1.1 : 1);
}

/**
 * `text` cut to fit `maxWidth` px at `size` px, ending in "…" when cut.
 * @example
 * fitText("Iran (Islamic Republic of)", 12, 80) // → "Iran (Islam…"
 */
export function fitText(text: string, size: number, maxWidth: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("")}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/**
 * Words of `text` broken into lines of at most `maxWidth` px at `size` px (a word longer than a
 * line stands alone).
 */
export function wrap(text: string, size: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Moves label positions apart to at least `gap` px, keeping their order and staying within
 * `[min, max]` where there is room: each label goes as near its target as its neighbours allow.
 * Ties in target keep index order.
 * @example
 * dodge([100, 104, 300], 14, 0, 400) // → [100, 114, 300]
 */
export function dodge(targets: readonly number[], gap: number, min: number, max: number): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a] ?? 0) - (targets[b] ?? 0) || a - b);
  const placed = targets.map((t) => Math.min(Math.max(t, min), max));
  let previous = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    placed[i] = Math.max(placed[i] ?? 0, previous + gap);
    previous = placed[i] ?? 0;
  }
  let next = max + gap;
  for (const i of order.toReversed()) {
    placed[i] = Math.min(placed[i] ?? 0, next - gap);
    next = placed[i] ?? 0;
  }
  return placed;
}

/** A linear map from `[d0, d1]` to `[r0, r1]` (the midpoint of the range when the domain is a point). */
export function linear(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (x) => r0 + ((x - d0) / (d1 - d0)) * (r1 - r0);
}

/** The visible title and subtitle, wrapped to the chart width, and the height they take. */
export function header(
  title: string,
  subtitle: string | undefined,
  width: number,
): { readonly markup: string[]; readonly height: number } {
  const titleLines = wrap(title, 17, width - 2 * PAD, true);
  const subtitleLines = subtitle === undefined ? [] : wrap(subtitle, 13, width - 2 * PAD);
  const markup = [
    ...titleLines.map((line, i) =>
      el("text", { x: PAD, y: 28 + i * 22, "font-size": 17, "font-weight": 700, fill: INK }, esc(line)),
    ),
    ...subtitleLines.map((line, i) =>
      el(
        "text",
        { x: PAD, y: 28 + titleLines.length * 22 + i * 18, "font-size": 13, fill: MUTED },
        esc(line),
      ),
    ),
  ];
  return { markup, height: 14 + titleLines.length * 22 + subtitleLines.length * 18 };
}

/**
 * A footnote (wrapped, muted, 11 px) starting at `y`, and its height.
 */
export function footnote(
  text: string,
  y: number,
  width: number,
): { readonly markup: string[]; readonly height: number } {
  const lines = wrap(text, 11, width - 2 * PAD);
  const markup = lines.map((line, i) =>
    el("text", { x: PAD, y: y + 12 + i * 15, "font-size": 11, fill: MUTED }, esc(line)),
  );
  return { markup, height: lines.length * 15 + 6 };
}

/** One entry of a legend: its swatch, drawn about the origin with the text's baseline at y = 0, and its text. */
export interface LegendItem {
  /** Markup of the swatch (a 12 px box left of `textX`). */
  readonly swatch: string;
  /** The entry's text. */
  readonly text: string;
}

/**
 * A legend on one line at baseline `y`, from the left padding: each entry a group moved into
 * place (`data-legend` names it), its text `textX` px right of its swatch; the entries every
 * `spacing` px, or, without, each after the previous one's text and a 22 px gap.
 * @example
 * legend(40, [{ swatch: el("rect", { x: 0, y: -10, width: 12, height: 12, fill: "#0072B2" }), text: "Actual" }])
 * // → ['<g data-legend="Actual" transform="translate(16 40)">\n<rect …/>\n<text x="20" y="0" fill="#1f2328">Actual</text>\n</g>']
 */
export function legend(
  y: number,
  items: readonly LegendItem[],
  options: { readonly textX?: number; readonly spacing?: number } = {},
): string[] {
  const textX = options.textX ?? 20;
  let at = PAD;
  return items.map((item) => {
    const markup = group({ "data-legend": item.text, transform: `translate(${num(at)} ${num(y)})` }, [
      item.swatch,
      el("text", { x: textX, y: 0, fill: INK }, esc(item.text)),
    ]);
    at += options.spacing ?? textX + textWidth(item.text, 12) + 22;
    return markup;
  });
}

/** The horizontal layout of a chart of labelled rows: the label column and the plot beside it. */
export interface RowBand {
  /** Width of the label column: the widest label, at most 30% of the chart. */
  readonly labelWidth: number;
  /** Where the plot starts. */
  readonly left: number;
  /** Where the plot ends, before the value labels. */
  readonly right: number;
}

/**
 * The layout of a chart with one labelled row per item: labels right-aligned in a column at the
 * left (12 px, at most 30% of the width), `labelGap` px, the plot, `valueGap` px and the value
 * labels, `valueWidth` px wide, at the right.
 * @param width - the chart's width
 * @param labels - the rows' labels, bold where the row is highlighted
 * @param gaps - the gaps around the plot and the width of the value labels
 * @example
 * rowBand(720, [{ text: "Japan" }], { labelGap: 10, valueWidth: 60, valueGap: 10 })
 * // → { labelWidth: 36.6…, left: 62.6…, right: 634 }
 */
export function rowBand(
  width: number,
  labels: readonly { readonly text: string; readonly bold?: boolean }[],
  gaps: { readonly labelGap: number; readonly valueWidth: number; readonly valueGap: number },
): RowBand {
  const labelWidth = Math.min(
    Math.max(...labels.map((label) => textWidth(label.text, 12, label.bold === true))),
    width * 0.3,
  );
  return {
    labelWidth,
    left: PAD + labelWidth + gaps.labelGap,
    right: width - PAD - gaps.valueWidth - gaps.valueGap,
  };
}

/**
 * A row's label, right-aligned 8 px left of the plot, cut to the label column.
 * @example
 * rowLabel(band, 52, "Japan") // → '<text x="54.6" y="52" text-anchor="end" fill="#1f2328">Japan</text>'
 */
export function rowLabel(band: RowBand, y: number, text: string, bold = false): string {
  return el(
    "text",
    { x: band.left - 8, y, "text-anchor": "end", fill: INK, "font-weight": bold ? 700 : undefined },
    esc(fitText(text, 12, band.labelWidth, bold)),
  );
}

/** What every chart takes besides its data. */
export interface ChartFrame {
  /** Visible title and accessible name (`<title>`). */
  readonly title: string;
  /** A line under the title: definition, counting method, window. */
  readonly subtitle?: string;
  /** Width in pixels; default 720. */
  readonly width?: number;
}

/** What `svg` wraps. */
export interface SvgParts {
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
  /** The accessible name, `<title>`. */
  readonly title: string;
  /** The accessible description, `<desc>`: one or two sentences on what the chart shows. */
  readonly description: string;
  /** Markup, one element per entry, in drawing order. */
  readonly body: readonly string[];
}

/**
 * A standalone SVG document (no XML declaration, so it can be inlined in HTML as it is), with a
 * white background, the house font, `\n` line ends and a final newline.
 */
export function svg(parts: SvgParts): string {
  const { width, height } = parts;
  const open = el("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    role: "img",
    "font-family": FONT,
    "font-size": 12,
  }).replace(/\/>$/, ">");
  return `${[
    open,
    el("title", {}, esc(parts.title)),
    el("desc", {}, esc(parts.description)),
    el("rect", { width, height, fill: "#ffffff" }),
    ...parts.body,
    "</svg>",
  ].join("\n")}\n`;
}

/**
 * Throws when a chart is given nothing to draw (the caller decides what to show instead) or, with
 * `keyOf`, when two items share a key (each key is drawn once).
 * @throws CopubError `invalid-option` naming the chart and what is missing or repeated
 */
export function requireItems<T>(
  chart: string,
  what: string,
  items: readonly T[],
  keyOf?: (item: T) => string,
): void {
  if (items.length === 0) throw new CopubError("invalid-option", `${chart}: no ${what} to draw`);
  if (keyOf === undefined) return;
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) throw new CopubError("invalid-option", `${chart}: key "${key}" appears twice`);
    seen.add(key);
  }
}

/**
 * Throws unless `value` is finite and within `[min, max]`.
 * @throws CopubError `invalid-option` naming the chart, the field and the value
 */
export function requireNumber(chart: string, field: string, value: number, min = 0, max = Infinity): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new CopubError(
      "invalid-option",
      `${chart}: ${field} is ${value}, expected a number in [${min}, ${max}]`,
    );
  }
}
