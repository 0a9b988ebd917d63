import type { BracketText } from '@treaty/treaty-schema';
import type { Note } from './document-plan';

const REASONS: Record<NonNullable<BracketText['reason']>, string> = {
  delete: 'proposed for deletion',
  modify: 'wording to be modified',
  linked: 'linked to another bracket',
};

/**
 * Numbers the notes of one document. A bracket spanning several paragraphs is one bracket (one
 * id), so it gets one note however often its words are cut by paragraph ends.
 */
export class NoteBook {
  readonly notes: Note[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly name: (ids: readonly string[]) => string) {}

  /** The note naming who bracketed the words and why; null when the bracket says nothing. */
  bracket(key: string, bracket: BracketText): number | null {
    const parts: string[] = [];
    if (bracket.proposers.length > 0) parts.push(`Bracketed by ${this.name(bracket.proposers)}`);
    if (bracket.reason) parts.push(parts.length ? REASONS[bracket.reason] : capitalise(REASONS[bracket.reason]));
    let text = parts.join(': ');
    if (bracket.note) text = text ? `${text}. ${bracket.note}` : bracket.note;
    return text ? this.add(key, endSentence(text)) : null;
  }

  /**
   * The note naming who tabled one wording of several (of a phrase or of a whole paragraph);
   * null when nobody is recorded (an imported negotiating text), where a note would only say so
   * hundreds of times.
   */
  option(key: string, index: number, count: number, proposers: readonly string[]): number | null {
    if (proposers.length === 0) return null;
    return this.add(key, `Option ${index + 1} of ${count}, proposed by ${this.name(proposers)}.`);
  }

  private add(key: string, text: string): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const number = this.notes.push({ number: this.notes.length + 1, text });
    this.byKey.set(key, number);
    return number;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const endSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
