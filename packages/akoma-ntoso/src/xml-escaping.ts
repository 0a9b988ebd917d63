/** The little of the DOM xmlbuilder2 builds that escaping needs. */
interface BuiltNode {
  nodeType: number;
  childNodes: ArrayLike<BuiltNode>;
  data?: string;
  attributes?: ArrayLike<{ value: string }>;
}

const ELEMENT = 1;
const TEXT = 3;

const ampersands = (value: string): string => value.replace(/&/g, '&amp;');

/**
 * Line breaks and tabs in an attribute (a bracket's note) as character references: written as
 * is, every conforming XML reader would turn them into spaces.
 */
const attributeValue = (value: string): string =>
  ampersands(value).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

/**
 * xmlbuilder2 writes `&` as is wherever what follows looks like an entity reference (`&amp;`,
 * `&#65;`): it takes such text for already escaped. Treaty words are never pre-escaped, so
 * just before writing, every ampersand in the built document's text and attribute values
 * becomes `&amp;`, which xmlbuilder2 then leaves alone: one place, so no string is missed.
 */
export function escapeForWriter(node: BuiltNode): void {
  if (node.nodeType === TEXT && node.data !== undefined) node.data = ampersands(node.data);
  if (node.nodeType === ELEMENT) for (const attribute of Array.from(node.attributes ?? [])) attribute.value = attributeValue(attribute.value);
  for (const child of Array.from(node.childNodes)) escapeForWriter(child);
}
