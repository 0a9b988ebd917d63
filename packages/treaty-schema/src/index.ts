export * from './bracket.mark';
export * from './clause-status';
export * from './import-text';
export * from './nodes';
export * from './read-model';
export * from './schema';
export * from './treaty-text';
export * from './ydoc';
