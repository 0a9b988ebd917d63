export * from './to-akoma-ntoso';
export * from './from-akoma-ntoso';
