// Distinct, legible caret colours. The server stamps each participant's awareness with theirs;
// the web app uses the same rule for the user's own dot, so everyone sees one colour per person.
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

/** A user keeps their colour across sessions: it is derived from their id. */
export function participantColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1f77b4';
}
