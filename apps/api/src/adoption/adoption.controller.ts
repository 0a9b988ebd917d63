import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, PageQuery } from '@treaty/contracts';
import type { DraftAccess } from '../access/draft-access';
import { OnDraft, RequireOnDraft } from '../access/policy.guard';
import { BodySchema, QuerySchema, SchemaPipe } from '../platform/schema.pipe';
import {
  castVoteRequest,
  recordReservationRequest,
  reservationsQuery,
  type AdoptionView,
  type CastVoteRequest,
  type RecordReservationRequest,
  type ReservationView,
} from './adoption.schema';
import { AdoptionService } from './adoption.service';
import { ReservationsService } from './reservations.service';

/**
 * Adoption and what follows it. Heads of party delegations vote in adoption (`vote.cast`) and
 * record reservations in review (`reservation.record`); the secretariat records the decision
 * (`decision.record`). Everyone who sees the draft reads both (`revision.read`): votes are public.
 */
@ApiTags('adoption')
@ApiBearerAuth()
@Controller('drafts/:id')
export class AdoptionController {
  constructor(
    private readonly adoption: AdoptionService,
    private readonly reservations: ReservationsService,
  ) {}

  /** The decision: its rule, the tally, each delegation's vote, the objections standing. */
  @Get('adoption')
  @RequireOnDraft('revision.read')
  get(@OnDraft() access: DraftAccess): Promise<AdoptionView> {
    return this.adoption.get(access);
  }

  @Post('adoption/votes')
  @RequireOnDraft('vote.cast')
  @BodySchema(castVoteRequest)
  vote(@OnDraft() access: DraftAccess, @Body(new SchemaPipe(castVoteRequest)) body: CastVoteRequest): Promise<AdoptionView> {
    return this.adoption.vote(access, body);
  }

  /** Closes the decision; a passed one issues the Adopted text revision. */
  @Post('adoption/decision')
  @HttpCode(200)
  @RequireOnDraft('decision.record')
  decide(@OnDraft() access: DraftAccess): Promise<AdoptionView> {
    return this.adoption.decide(access);
  }

  @Post('reservations')
  @RequireOnDraft('reservation.record')
  @BodySchema(recordReservationRequest)
  record(@OnDraft() access: DraftAccess, @Body(new SchemaPipe(recordReservationRequest)) body: RecordReservationRequest): Promise<ReservationView> {
    return this.reservations.record(access, body);
  }

  @Get('reservations')
  @RequireOnDraft('revision.read')
  @QuerySchema(reservationsQuery)
  list(@OnDraft() access: DraftAccess, @Query(new SchemaPipe(reservationsQuery)) page: PageQuery): Promise<Page<ReservationView>> {
    return this.reservations.list(access, page);
  }
}
