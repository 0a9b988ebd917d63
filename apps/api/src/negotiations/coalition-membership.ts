import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Whom a delegation may speak for in the text: itself and every coalition it belongs to.
 * Its own module, so the realtime endpoint can ask without depending on the REST context.
 */
@Injectable()
export class CoalitionMembership {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async speaksFor(delegationId: string | null): Promise<string[]> {
    if (!delegationId) return [];
    const rows: { coalition_id: string }[] = await this.dataSource.query(
      'SELECT coalition_id FROM coalition_members WHERE delegation_id = $1',
      [delegationId],
    );
    return [delegationId, ...rows.map((r) => r.coalition_id)];
  }
}

@Module({ providers: [CoalitionMembership], exports: [CoalitionMembership] })
export class CoalitionMembershipModule {}
