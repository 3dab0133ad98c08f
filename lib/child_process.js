'use strict';
// node:child_process — not implemented yet (see internal/stub.js).

const { stubMembers } = require('internal/stub');

module.exports = stubMembers({}, 'child_process', {
  classes: ['ChildProcess'],
  functions: ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'],
});
