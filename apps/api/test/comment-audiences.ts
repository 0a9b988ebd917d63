/** Who reads a comment, written out by hand from PRODUCT.md's visibilities: the specs' truth table. */
export type Viewer = 'secretariat' | 'head' | 'aurelia' | 'borealis' | 'observer';
export const VIEWERS: Viewer[] = ['secretariat', 'head', 'aurelia', 'borealis', 'observer'];

/** (author, visibility) → readers; `head` is Aurelia's head of delegation. */
export const COMMENT_READERS: [Viewer, string, Viewer[]][] = [
  ['aurelia', 'public', ['secretariat', 'head', 'aurelia', 'borealis', 'observer']],
  ['aurelia', 'parties', ['secretariat', 'head', 'aurelia', 'borealis']],
  ['aurelia', 'delegation', ['head', 'aurelia']],
  ['aurelia', 'secretariat', ['secretariat', 'head', 'aurelia']],
  ['borealis', 'delegation', ['borealis']],
  ['secretariat', 'parties', ['secretariat', 'head', 'aurelia', 'borealis']],
  ['secretariat', 'secretariat', ['secretariat']],
  ['observer', 'public', ['secretariat', 'head', 'aurelia', 'borealis', 'observer']],
];
