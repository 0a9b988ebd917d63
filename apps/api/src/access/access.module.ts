import { Module } from '@nestjs/common';
import { NegotiationAccessResolver } from './negotiation-access';

/** Resolves who a person is inside a negotiation, for the policy to judge. */
@Module({
  providers: [NegotiationAccessResolver],
  exports: [NegotiationAccessResolver],
})
export class AccessModule {}
