import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { DemoSeed } from './demo-seed';

@Module({ imports: [CollabModule], providers: [DemoSeed] })
export class SeedModule {}
