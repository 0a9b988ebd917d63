import type { AdoptionRule } from '@treaty/contracts';
import type { AdoptionTally, StandingObjection, Vote } from './adoption.schema';

/**
 * The decision under the negotiation's rule. A vote passes at its majority of those present
 * and voting, and never with nobody voting; consensus passes when no objection stands.
 * Integer arithmetic, so 2 of 3 meets two-thirds exactly.
 */
export function tallyOf(rule: AdoptionRule, votes: readonly Vote[], objections: StandingObjection[]): AdoptionTally {
  const count = (v: Vote) => votes.filter((x) => x === v).length;
  const yes = count('yes');
  const no = count('no');
  const presentAndVoting = yes + no;
  if (rule.method === 'consensus') {
    return { yes, no, abstain: count('abstain'), presentAndVoting, majority: null, objections, passes: objections.length === 0 };
  }
  const { numerator, denominator } = rule.majority;
  const passes = presentAndVoting > 0 && yes * denominator >= numerator * presentAndVoting;
  return { yes, no, abstain: count('abstain'), presentAndVoting, majority: { numerator, denominator }, objections, passes };
}
