/** The little of the DOM xmlbuilder2 builds that escaping needs. */
interface BuiltNode {
  nodeType: number;
  childNodes: ArrayLike<BuiltNode>;
  data?: string;
  attributes?: ArrayLike<{ value: string }>;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * xmlbuilder2 writes `&` as is wherever what follows looks like an entity reference (`&amp;`,
 * `&#65;`): it takes such text for already escaped. Treaty words are never pre-escaped, so
 * just before writing, every ampersand in the built document's text and attribute values
 * becomes `&amp;`, which xmlbuilder2 then leaves alone: one place, so no string is missed.
 */
export function escapeAmpersands(node: BuiltNode): void {
  if (node.nodeType === TEXT && node.data !== undefined) node.data = node.data.replace(/&/g, '&amp;');
  if (node.nodeType === ELEMENT) for (const attribute of Array.from(node.attributes ?? [])) attribute.value = attribute.value.replace(/&/g, '&amp;');
  for (const child of Array.from(node.childNodes)) escapeAmpersands(child);
}
