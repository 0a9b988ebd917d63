import { LIMITS, text, uuid, type AdoptionRule, type Page } from '@treaty/contracts';
import type { TreatyText } from '@treaty/treaty-schema';
import { z } from 'zod';
import { request } from '../../lib/api-client';

// The shapes of the API's adoption routes (apps/api/src/adoption/adoption.schema.ts); they move
// to packages/contracts, and this copy goes, once that package exports them.

export type Vote = 'yes' | 'no' | 'abstain';
export const RESERVATION_KINDS = ['reservation', 'declaration', 'explanation'] as const;

export const recordReservationRequest = z.strictObject({ clauseId: uuid, kind: z.enum(RESERVATION_KINDS), text: text(LIMITS.description) });
export type RecordReservationRequest = z.infer<typeof recordReservationRequest>;

interface Named {
  id: string;
  name: string;
}

export interface AdoptionView {
  id: string | null;
  status: 'open' | 'passed' | 'failed';
  rule: AdoptionRule;
  tally: {
    yes: number;
    no: number;
    abstain: number;
    presentAndVoting: number;
    majority: { numerator: number; denominator: number } | null;
    objections: { delegation: Named; target: { type: string; id: string } }[];
    passes: boolean;
  };
  votes: { delegation: Named; vote: Vote; castAt: string }[];
  adoptedRevision: number | null;
}

export interface ReservationView {
  id: string;
  clauseId: string;
  kind: (typeof RESERVATION_KINDS)[number];
  text: string;
  delegation: Named;
  recordedAt: string;
}

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export const getAdoption = (draftId: string): Promise<AdoptionView> => request(`${draftPath(draftId)}/adoption`);

export const castVote = (draftId: string, vote: Vote): Promise<AdoptionView> => request(`${draftPath(draftId)}/adoption/votes`, { method: 'POST', body: { vote } });

export const recordDecision = (draftId: string): Promise<AdoptionView> => request(`${draftPath(draftId)}/adoption/decision`, { method: 'POST' });

export const listReservations = (draftId: string, cursor?: string): Promise<Page<ReservationView>> =>
  request(`${draftPath(draftId)}/reservations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);

export const recordReservation = (draftId: string, body: RecordReservationRequest): Promise<ReservationView> =>
  request(`${draftPath(draftId)}/reservations`, { method: 'POST', body });

export const getRevisionText = async (draftId: string, n: number): Promise<TreatyText> =>
  (await request<{ text: TreatyText }>(`${draftPath(draftId)}/revisions/${n}`)).text;
