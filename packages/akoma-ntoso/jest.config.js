module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'akoma-ntoso',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
