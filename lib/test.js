'use strict';
// node:test: the module is the test() function itself, as in Node; test, it, describe
// and suite carry skip/todo/only. The runner is internal/test_runner/harness (tests run
// in this process; `run()` with files and mock modules are not implemented yet).

const { notImplemented, stubMembers, attachStubs } = require('internal/stub');
const { createTest, addRootHook, loadMock } = require('internal/test_runner/harness');

// Makes test/it (isSuite false) or describe/suite (true) with .skip, .todo and .only.
function makeRunner(name, isSuite) {
  const runner = {
    [name](testName, options, fn) {
      return createTest(isSuite, runner, testName, options, fn);
    },
  }[name];
  for (const [variant, override] of [['skip', { skip: true }], ['todo', { todo: true }],
    ['only', { only: true }]]) {
    const fn = {
      [variant](testName, options, body) {
        return createTest(isSuite, fn, testName, options, body, override);
      },
    }[variant];
    runner[variant] = fn;
  }
  return runner;
}

const test = makeRunner('test', false);
test.test = test;
test.it = makeRunner('it', false);
test.describe = makeRunner('describe', true);
test.suite = makeRunner('suite', true);
for (const kind of ['before', 'after', 'beforeEach', 'afterEach']) {
  test[kind] = {
    [kind](fn, options) {
      addRootHook(kind, fn, options);
    },
  }[kind];
}
test.run = notImplemented('test.run');

let mock;
Object.defineProperty(test, 'mock', {
  enumerable: true,
  configurable: true,
  get() {
    if (mock === undefined) {
      mock = new (loadMock().MockTracker)();
    }
    return mock;
  },
});
test.snapshot = {
  setDefaultSnapshotSerializers(serializers) {
    require('internal/test_runner/snapshot').setDefaultSnapshotSerializers(serializers);
  },
  setResolveSnapshotPath(fn) {
    require('internal/test_runner/snapshot').setResolveSnapshotPath(fn);
  },
};
attachStubs(test, 'assert', stubMembers({}, 'test.assert', { functions: ['register'] }));

module.exports = test;
