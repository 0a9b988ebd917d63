export * from './actions';
export * from './errors';
export * from './membership-rules';
export * from './permission-matrix';
export * from './policy';
export * from './roles';
export * from './stages';
export * from './workflow';
