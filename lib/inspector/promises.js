'use strict';
// node:inspector/promises — node:inspector with a promise-based Session; not
// implemented yet (see internal/stub.js).

const { stubMembers, recordStubs, kStubs } = require('internal/stub');
const inspector = require('inspector');

const promises = { ...inspector };
recordStubs(promises, inspector[kStubs].filter((name) => name !== 'inspector.Session'));
module.exports = stubMembers(promises, 'inspector/promises', { classes: ['Session'] });
