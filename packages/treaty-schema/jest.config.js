module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'treaty-schema',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
