module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'office-documents',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
