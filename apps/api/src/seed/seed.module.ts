import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { DemoHistory } from './demo-history';
import { DemoSeed } from './demo-seed';

@Module({ imports: [CollabModule, RevisionsModule], providers: [DemoSeed, DemoHistory] })
export class SeedModule {}
