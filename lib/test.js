'use strict';
// node:test — not implemented yet (see internal/stub.js). The module is the test()
// function itself, as in Node; test, it, describe and suite carry skip/todo/only.

const { notImplemented, stubMembers, attachStubs, recordStubs, kStubs } = require('internal/stub');

function stubRunner(name) {
  const runner = notImplemented(`test.${name}`);
  return stubMembers(runner, `test.${name}`, { functions: ['only', 'skip', 'todo'] });
}

// test.only, test.skip and test.todo are the module's own members.
const test = notImplemented('test.test');
test.test = test;
for (const name of ['it', 'describe', 'suite']) {
  test[name] = stubRunner(name);
  recordStubs(test, test[name][kStubs]);
}
stubMembers(test, 'test', {
  functions: ['after', 'afterEach', 'before', 'beforeEach', 'only', 'run', 'skip', 'todo'],
});

const mock = stubMembers({}, 'test.mock', {
  functions: ['fn', 'getter', 'method', 'module', 'property', 'reset', 'restoreAll',
    'setter'],
});
attachStubs(mock, 'timers', stubMembers({}, 'test.mock.timers', {
  functions: ['enable', 'reset', 'runAll', 'setTime', 'tick'],
}));
attachStubs(test, 'mock', mock);
attachStubs(test, 'snapshot', stubMembers({}, 'test.snapshot', {
  functions: ['setDefaultSnapshotSerializers', 'setResolveSnapshotPath'],
}));
attachStubs(test, 'assert', stubMembers({}, 'test.assert', { functions: ['register'] }));

module.exports = test;
