/** What the parse rules read of an element; named structurally so Node builds need no DOM types. */
export interface AttributeSource {
  getAttribute(name: string): string | null;
}
