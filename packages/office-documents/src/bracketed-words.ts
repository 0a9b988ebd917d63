import type { BracketText, NegotiatedWords, TextRun } from '@treaty/treaty-schema';
import type { Piece } from './document-plan';
import type { NoteBook } from './note-book';

/** Something the words lie inside of, printed as `[` … `]`: a bracket, or one option of a phrase. */
type Frame = { key: string; kind: 'bracket'; index: number } | { key: string; kind: 'option'; set: number; index: number };

export interface Words extends NegotiatedWords {
  text: string;
}

/**
 * The words of a recital or paragraph as pieces, with `[` and `]` where each bracket and each
 * phrase option opens and closes (nested brackets nested, competing phrases as `[a][b]`) and a
 * note number after the `]` that closes it first. `scope` keeps anonymous brackets of different
 * paragraphs apart in the note book.
 */
export function bracketedWords(words: Words, scope: string, notes: NoteBook): Piece[] {
  if (!words.runs || words.runs.length === 0) return textPieces(words.text);
  const brackets = words.brackets ?? [];
  const outside = bracketsAroundOptionSets(words.runs);
  const pieces: Piece[] = [];
  const noted = new Set<string>();
  let open: Frame[] = [];

  const close = (frame: Frame) => {
    pieces.push({ kind: 'bracket', text: ']' });
    if (noted.has(frame.key)) return;
    noted.add(frame.key);
    const note = noteFor(frame, words, brackets, scope, notes);
    if (note !== null) pieces.push({ kind: 'note', number: note });
  };

  for (const run of words.runs) {
    const path = framesOf(run, outside);
    let common = 0;
    while (common < open.length && common < path.length && open[common]?.key === path[common]?.key) common += 1;
    for (const frame of open.slice(common).reverse()) close(frame);
    for (let i = common; i < path.length; i += 1) pieces.push({ kind: 'bracket', text: '[' });
    open = path;
    pieces.push(...textPieces(run.text));
  }
  for (const frame of open.reverse()) close(frame);
  return pieces;
}

const textPieces = (text: string): Piece[] => (text ? [{ kind: 'text', text }] : []);

/**
 * For each set of phrase options, the brackets every run of the set lies in: those enclose the
 * whole `[a][b]` and print outside it; any other bracket lies inside one option.
 */
function bracketsAroundOptionSets(runs: readonly TextRun[]): Map<number, Set<number>> {
  const around = new Map<number, Set<number>>();
  for (const run of runs) {
    if (!run.option) continue;
    const mine = new Set(run.brackets ?? []);
    const known = around.get(run.option.set);
    around.set(run.option.set, known ? new Set([...known].filter((b) => mine.has(b))) : mine);
  }
  return around;
}

function framesOf(run: TextRun, outside: Map<number, Set<number>>): Frame[] {
  const brackets = (run.brackets ?? []).map((index): Frame => ({ key: `b${index}`, kind: 'bracket', index }));
  if (!run.option) return brackets;
  const { set, index } = run.option;
  const around = outside.get(set) ?? new Set<number>();
  const option: Frame = { key: `o${set}.${index}`, kind: 'option', set, index };
  return [
    ...brackets.filter((f) => f.kind === 'bracket' && around.has(f.index)),
    option,
    ...brackets.filter((f) => f.kind === 'bracket' && !around.has(f.index)),
  ];
}

function noteFor(frame: Frame, words: Words, brackets: readonly BracketText[], scope: string, notes: NoteBook): number | null {
  if (frame.kind === 'bracket') {
    const bracket = brackets[frame.index];
    return bracket ? notes.bracket(bracket.id ?? `${scope}/bracket-${frame.index}`, bracket) : null;
  }
  const set = words.phraseOptions?.[frame.set];
  const option = set?.options[frame.index];
  if (!set || !option) return null;
  return notes.option(`${set.id ?? `${scope}/set-${frame.set}`}/${frame.index}`, frame.index, set.options.length, option.proposers);
}
