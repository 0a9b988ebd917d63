export * from './audit.schema';
export * from './common.schema';
export * from './draft.schema';
export * from './identity.schema';
export * from './limits';
export * from './negotiation.schema';
export * from './participant-colour';
export * from './text.schema';
