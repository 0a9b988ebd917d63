import { findOptionSets } from './phrase-option-sets';

const inText = (open: number, close: number, text = 0) => ({ open, close, openText: text, closeText: text });

describe('finding phrase options among pairs', () => {
  it('makes one set of brackets written against each other, in order', () => {
    // "[a][b][c]" at 0-2, 3-5, 6-8
    const sets = findOptionSets([inText(0, 2), inText(3, 5), inText(6, 8)]);
    expect([...sets.membership]).toEqual([
      [0, { set: 0, index: 0 }],
      [1, { set: 0, index: 1 }],
      [2, { set: 0, index: 2 }],
    ]);
  });

  it('leaves "[a] [b]" (a space between) as two separate brackets', () => {
    expect(findOptionSets([inText(0, 2), inText(4, 6)]).membership.size).toBe(0);
  });

  it('keeps two sets apart, and never runs a set into the next paragraph', () => {
    // "[a][b] x [c][d] [e]" with "[e]" last in text 0, then "[f]" first in text 1
    const sets = findOptionSets([inText(0, 2), inText(3, 5), inText(9, 11), inText(12, 14), { open: 16, close: 20, openText: 0, closeText: 0 }, inText(21, 23, 1)]);
    expect([...sets.membership.values()].map((m) => m.set)).toEqual([0, 0, 1, 1]);
    expect(sets.membership.has(4)).toBe(false);
  });
});
