import { Module } from '@nestjs/common';
import { DraftAccessResolver } from './draft-access';
import { NegotiationAccessResolver } from './negotiation-access';

/** Resolves who a person is inside a negotiation, for the policy to judge. */
@Module({
  providers: [NegotiationAccessResolver, DraftAccessResolver],
  exports: [NegotiationAccessResolver, DraftAccessResolver],
})
export class AccessModule {}
