import { Foundation1764460000000 } from './1764460000000-foundation';
import { Drafts1764470000000 } from './1764470000000-drafts';
import { AuditChain1764480000000 } from './1764480000000-audit-chain';
import { PositionsProposals1764490000000 } from './1764490000000-positions-proposals';
import { Comments1764500000000 } from './1764500000000-comments';
import { Coalitions1764510000000 } from './1764510000000-coalitions';
import { RoundsRevisions1764520000000 } from './1764520000000-rounds-revisions';
import { Adoption1764530000000 } from './1764530000000-adoption';
import { Search1764550000000 } from './1764550000000-search';
import { Frameworks1764560000000 } from './1764560000000-frameworks';

/** In order of their timestamps; each runs once, on PostgreSQL and PGlite alike. */
export const MIGRATIONS = [Foundation1764460000000, Drafts1764470000000, AuditChain1764480000000, PositionsProposals1764490000000, Comments1764500000000, Coalitions1764510000000, RoundsRevisions1764520000000, Adoption1764530000000, Search1764550000000, Frameworks1764560000000];
