// The glossary's terms live in the domain; the document model speaks them too.
export { BRACKET_REASONS, CLAUSE_STATUSES, type BracketReason, type ClauseStatus } from '@treaty/domain';

/** The Yjs XML fragment the document lives in (TipTap's Collaboration default). */
export const YDOC_FIELD = 'default';
