import type { AdoptionRule } from '@treaty/contracts';
import { tallyOf } from './adoption-tally';
import type { StandingObjection, Vote } from './adoption.schema';

const TWO_THIRDS: AdoptionRule = { method: 'vote', majority: { numerator: 2, denominator: 3 } };
const objection: StandingObjection = { delegation: { id: 'd', name: 'Aurelia' }, target: { type: 'clause', id: 'c' }, text: null };

describe('the adoption decision', () => {
  it.each<[string, AdoptionRule, Vote[], StandingObjection[], boolean]>([
    ['two of three yes meets two-thirds exactly', TWO_THIRDS, ['yes', 'yes', 'no'], [], true],
    ['one of three yes falls short', TWO_THIRDS, ['yes', 'no', 'no'], [], false],
    ['abstentions are not counted as present and voting', TWO_THIRDS, ['yes', 'yes', 'no', 'abstain', 'abstain'], [], true],
    ['nobody voting adopts nothing', TWO_THIRDS, ['abstain'], [], false],
    ['objections do not count under a vote', TWO_THIRDS, ['yes'], [objection], true],
    ['consensus passes with no objection standing', { method: 'consensus' }, [], [], true],
    ['one objection breaks consensus', { method: 'consensus' }, [], [objection], false],
  ])('%s', (_, rule, votes, objections, passes) => {
    expect(tallyOf(rule, votes, objections).passes).toBe(passes);
  });

  it('counts yes, no, abstain and those present and voting', () => {
    expect(tallyOf(TWO_THIRDS, ['yes', 'no', 'abstain', 'yes'], [])).toMatchObject({ yes: 2, no: 1, abstain: 1, presentAndVoting: 3, majority: { numerator: 2, denominator: 3 } });
  });
});
