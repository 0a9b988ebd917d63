import type { NegotiatedWords } from '@treaty/treaty-schema';

/**
 * Brackets and phrase options as XML nesting. The read model gives runs of words, each saying
 * which brackets (outermost first) and which option it lies in; XML needs a tree. Layers open
 * and close between runs: a run keeps the layers it shares with the run before it and opens the
 * rest. Overlapping brackets (`[a [b] c` … `]`) cannot nest, so a bracket may come out in more
 * than one fragment; every fragment names its bracket, and import joins them again.
 */
export type Layer = { kind: 'bracket'; index: number } | { kind: 'option'; set: number; index: number };

export interface LayerNode {
  layer: Layer;
  children: LayerChild[];
}
export type LayerChild = LayerNode | string;

const keyOf = (layer: Layer): string => (layer.kind === 'bracket' ? `b${layer.index}` : `o${layer.set}.${layer.index}`);

/** The words of a paragraph or recital as text and nested layers, in order. */
export function layerTree(words: NegotiatedWords & { text: string }): LayerChild[] {
  const runs = words.runs ?? [{ text: words.text }];
  const brackets = words.brackets ?? [];
  // How much text each layer spans: the wider one is the outer one.
  const optionSpan = new Map<string, number>();
  for (const run of runs) {
    if (!run.option) continue;
    const key = keyOf({ kind: 'option', ...run.option });
    optionSpan.set(key, (optionSpan.get(key) ?? 0) + run.text.length);
  }
  const span = (layer: Layer): number =>
    layer.kind === 'bracket' ? (brackets[layer.index]?.text.length ?? 0) : (optionSpan.get(keyOf(layer)) ?? 0);

  const root: LayerNode = { layer: { kind: 'bracket', index: -1 }, children: [] };
  // The layers open after the last run, outermost first; `root` stands for none.
  let open: LayerNode[] = [];
  const innermost = () => open.at(-1) ?? root;
  for (const run of runs) {
    const layers: Layer[] = (run.brackets ?? []).map((index) => ({ kind: 'bracket', index }));
    if (run.option) layers.push({ kind: 'option', ...run.option });
    // Stable: brackets keep the read model's outermost-first order among equals.
    layers.sort((a, b) => span(b) - span(a));
    const keys = layers.map(keyOf);
    const openKeys = open.map((node) => keyOf(node.layer));
    let shared = 0;
    while (shared < keys.length && openKeys[shared] === keys[shared]) shared++;
    open = open.slice(0, shared);
    for (const layer of layers.slice(shared)) {
      const node: LayerNode = { layer, children: [] };
      innermost().children.push(node);
      open.push(node);
    }
    if (run.text) innermost().children.push(run.text);
  }
  return root.children;
}
