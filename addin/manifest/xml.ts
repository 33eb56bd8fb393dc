/**
 * A small, uniform view of an XML document for the offline manifest checks: every element has a
 * name, its attributes, its children and its text, whatever fast-xml-parser's shortcuts would do.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses `xml`, throwing with the validator's reason when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    ignoreDeclaration: true,
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const roots = (parser.parse(xml) as Ordered[]).map(toElement).filter((e) => e.name !== '#text');
  if (roots.length !== 1) throw new Error(`Expected one root element, found ${roots.length}.`);
  return roots[0]!;
}

function toElement(node: Ordered): XmlElement {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  if (name === '#text') return { name, attrs: {}, children: [], text: String(node[name]) };
  const raw = (node[name] as Ordered[]) ?? [];
  const children = raw.map(toElement);
  return {
    name,
    attrs: node[':@'] ?? {},
    children: children.filter((c) => c.name !== '#text'),
    text: children
      .filter((c) => c.name === '#text')
      .map((c) => c.text)
      .join('')
      .trim(),
  };
}

/** Every element below (and including) `root`, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The first child chain matching `path` (element names), or undefined. */
export function at(root: XmlElement, ...path: string[]): XmlElement | undefined {
  let node: XmlElement | undefined = root;
  for (const name of path) node = node?.children.find((c) => c.name === name);
  return node;
}

/** All children of `root` named `name`. */
export function childrenNamed(root: XmlElement, name: string): XmlElement[] {
  return root.children.filter((c) => c.name === name);
}
