module.exports = require('./postgres.cjs').globalSetup;
