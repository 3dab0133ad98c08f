'use strict';
// fork() from `-e` code: the child runs modulePath, not the parent's -e code again (which
// would fork forever). The -e code refuses to fork twice, so a regression fails instead of
// multiplying processes.
require('../common');
const assert = require('assert');
const { execFileSync, fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send({ argv: process.argv.slice(2), execArgv: process.execArgv });
  return;
}

const code = `
  if (process.env.LODE_TEST_FORKED_ONCE) {
    console.log('the -e code ran again in the child');
    process.exit(1);
  }
  process.env.LODE_TEST_FORKED_ONCE = '1';
  const child = require('child_process').fork(${JSON.stringify(__filename)}, ['child']);
  child.on('message', (m) => { console.log(JSON.stringify(m)); child.disconnect(); });
`;
const out = execFileSync(process.execPath, ['-e', code], { timeout: 20000, encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(out), { argv: ['child'], execArgv: [] });

assert.strictEqual(typeof fork, 'function');
