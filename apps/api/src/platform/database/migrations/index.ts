import { Foundation1764460000000 } from './1764460000000-foundation';

/** In order of their timestamps; each runs once, on PostgreSQL and PGlite alike. */
export const MIGRATIONS = [Foundation1764460000000];
