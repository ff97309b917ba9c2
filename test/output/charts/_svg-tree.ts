// Reads a chart's SVG back as a tree with fast-xml-parser, to count marks and read labels, and
// holds the checks every chart must pass (well-formed, sized, titled, fixed-decimal numbers).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

/** An element of the parsed SVG. */
export interface SvgNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgNode[];
  /** The text directly and in descendants, concatenated. */
  readonly text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

function convert(item: Ordered): SvgNode | string {
  const name = Object.keys(item).find((key) => key !== ":@") ?? "";
  if (name === "#text") return String(item[name]);
  const children = (item[name] as Ordered[]).map(convert);
  const elements = children.filter((c): c is SvgNode => typeof c !== "string");
  return {
    name,
    attributes: item[":@"] ?? {},
    children: elements,
    text: children.map((c) => (typeof c === "string" ? c : c.text)).join(""),
  };
}

/** The root `<svg>`; fails the test when the markup is not well-formed XML. */
export function parseSvg(svg: string): SvgNode {
  expect(XMLValidator.validate(svg)).toBe(true);
  const [root] = (parser.parse(svg) as Ordered[]).map(convert);
  if (root === undefined || typeof root === "string") throw new Error("no root element");
  return root;
}

/** Every element below `node` (itself included) that satisfies `test`, in document order. */
export function findAll(node: SvgNode, test: (n: SvgNode) => boolean): SvgNode[] {
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => findAll(c, test))];
}

/** The marks of a kind (`data-mark`), in document order. */
export function marks(root: SvgNode, kind: string): SvgNode[] {
  return findAll(root, (n) => n.attributes["data-mark"] === kind);
}

/** Every text shown, one entry per `<text>`. */
export function texts(root: SvgNode): string[] {
  return findAll(root, (n) => n.name === "text").map((n) => n.text);
}

const COORDINATES = new Set([
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "stroke-width",
]);

/**
 * What every chart owes its reader: a sized SVG with a viewBox, `<title>` (the input title) and
 * `<desc>` first, the house font, no ids, and numbers with at most one decimal.
 */
export function expectChartBasics(svg: string, title: string): SvgNode {
  const root = parseSvg(svg);
  expect(root.name).toBe("svg");
  expect(root.attributes.viewBox).toBe(`0 0 ${root.attributes.width} ${root.attributes.height}`);
  expect(Number(root.attributes.width)).toBeGreaterThanOrEqual(640);
  expect(root.attributes["font-family"]).toMatch(/sans-serif$/);
  expect(root.children[0]?.name).toBe("title");
  expect(root.children[0]?.text).toBe(title);
  expect(root.children[1]?.name).toBe("desc");
  expect(root.children[1]?.text.length).toBeGreaterThan(20);
  expect(svg).not.toMatch(/ id="/);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  for (const node of findAll(root, () => true)) {
    for (const [name, value] of Object.entries(node.attributes)) {
      if (COORDINATES.has(name)) expect(value, `${node.name} ${name}`).toMatch(/^-?\d+(\.\d)?$/);
    }
    if (node.name === "path") expect(node.attributes.d).not.toMatch(/\d\.\d\d/);
  }
  expect(svg.endsWith("</svg>\n")).toBe(true);
  return root;
}
