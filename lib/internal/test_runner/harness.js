'use strict';
// The node:test runner for tests run in this process (`lode file.js`): tests, suites,
// hooks, plans, timeouts, the spec and tap reporters and the summary.
//
// Every test is a node of one tree under the root. A parent runs its subtests one at a
// time by default (`concurrency` raises that), waits for all of them after its own
// function has settled, then runs its after hooks. Top-level tests start on the next
// tick after they are declared, so hooks declared after them in the same file still
// apply. A top-level test's report (with its subtests, in declaration order) is written
// when it finishes; module-level after() hooks run once no test is queued or running; the
// summary and the exit code come at 'beforeExit'. When the event loop has nothing left to
// do while a test is still pending, a top-level test queued behind it is started (it may
// be what the pending one awaits); if there is none, the pending test fails as cancelled.
// Uncaught exceptions and unhandled rejections fail the innermost running test.

const { codes } = require('internal/errors');
const {
  validateInteger, validateNumber, validateObject,
} = require('internal/validators');

const { state: asyncContext, runInFrame } = require('internal/async_context_frame');
// The real timer functions, kept before a test can mock them (mock.timers replaces the
// globals and node:timers' properties).
const { setTimeout, clearTimeout, setImmediate } = require('timers');

const { ERR_INVALID_ARG_TYPE } = codes;

// The key under which a test's async context frame names the test (see currentParent).
const kTestInFrame = Symbol('test');

const kPending = 'test did not finish before its parent and was cancelled';
const kLoopDrained = 'Promise resolution is still pending but the event loop has already ' +
  'resolved';

let mockModule;
function loadMock() {
  mockModule ??= require('internal/test_runner/mock');
  return mockModule;
}

function now() {
  return process.hrtime.bigint();
}

// Returns `file:line:col` of the first stack frame outside this runner, or undefined.
function callerLocation(skipFn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, skipFn);
  Error.stackTraceLimit = limit;
  const line = `${holder.stack}`.split('\n')[1];
  if (line === undefined) return undefined;
  const match = /\(?((?:file:\/\/)?\/[^()]*?|[A-Za-z]:\\[^()]*?):(\d+):(\d+)\)?\s*$/.exec(line);
  if (match === null) return undefined;
  let file = match[1];
  if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
  return `${file}:${match[2]}:${match[3]}`;
}

class TestFailure {
  constructor(cause, failureType) {
    this.cause = cause;
    this.failureType = failureType;
  }
}

function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Reads `test(name, options, fn)` with every argument optional. Like Node, an options
// value that is not an object is ignored, a fn that is not a function means no function,
// an own `options.name` wins, and a name that is not a non-empty string falls back to
// fn's name.
function parseTestArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
  } else if (typeof options === 'function') {
    fn = options;
  }
  if (options === null || typeof options !== 'object') options = {};
  if (typeof fn !== 'function') fn = undefined;
  if (Object.prototype.propertyIsEnumerable.call(options, 'name')) name = options.name;
  if (typeof name !== 'string' || name === '') name = fn?.name || '<anonymous>';
  return { name, options, fn };
}

class Test {
  constructor(parent, name, options, fn, location) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.location = location;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.subtests = [];
    this.queue = [];
    this.running = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeHooksRan = false;
    this.diagnostics = [];
    this.error = null;
    this.skipReason = undefined;
    this.todoReason = undefined;
    this.planned = null;
    this.planWait = false;
    this.assertions = 0;
    this.started = false;
    this.finished = false;
    this.cancelRun = null;
    this.startTime = 0n;
    this.endTime = 0n;
    this.controller = new AbortController();
    this.done = withResolvers();
    this.mockTracker = undefined;
    // The async context its function and hooks run in: the one test() was called in,
    // plus the test itself.
    this.frame = new Map(asyncContext.current ?? []).set(kTestInFrame, this);

    const { skip, todo, timeout, plan, concurrency, signal, only } = options;
    if (skip !== undefined && skip !== false) {
      this.skipReason = typeof skip === 'string' ? skip : '';
    }
    if (todo !== undefined && todo !== false) {
      this.todoReason = typeof todo === 'string' ? todo : '';
    }
    this.only = only === true;
    this.containsOnly = false;
    if (this.only) {
      for (let t = parent; t !== null; t = t.parent) t.containsOnly = true;
    }
    this.timeout = Infinity;
    if (timeout !== undefined && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
      this.timeout = timeout;
    } else if (parent !== null) {
      this.timeout = parent.timeout;
    } else {
      // The root: --test-timeout gives every test a default.
      this.timeout = readTimeoutFlag();
    }
    if (plan !== undefined) {
      validateInteger(plan, 'options.plan', 0);
      this.planned = plan;
    }
    this.concurrency = 1;
    if (concurrency === true) {
      this.concurrency = Infinity;
    } else if (typeof concurrency === 'number') {
      validateInteger(concurrency, 'options.concurrency', 1);
      this.concurrency = concurrency;
    } else if (concurrency !== undefined && concurrency !== false) {
      throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
    } else if (parent !== null && concurrency === undefined) {
      this.concurrency = parent.concurrency;
    }
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      }
      this.userSignal = signal;
    }
    if (parent !== null && parent.skipReason !== undefined && this.skipReason === undefined) {
      this.skipReason = parent.skipReason;
    }
  }

  get isSuite() {
    return false;
  }

  get fullName() {
    const names = [];
    for (let t = this; t.parent !== null; t = t.parent) names.push(t.name);
    return names.reverse().join(' > ');
  }

  get passed() {
    return this.error === null;
  }

  // Adds a subtest; it starts when a concurrency slot is free. Returns its promise.
  addSubtest(test) {
    this.subtests.push(test);
    if (this.planned !== null) this.assertions++;
    this.queue.push(test);
    this.processQueue();
    return test.done.promise;
  }

  processQueue() {
    while (this.queue.length > 0 && this.running < this.concurrency && this.canRunSubtests()) {
      this.startNextSubtest();
    }
  }

  startNextSubtest() {
    const next = this.queue.shift();
    if (this.isFilteredByOnly(next) || isFilteredByName(next)) {
      // Left out entirely, as Node does: not run, not reported, not counted.
      this.subtests.splice(this.subtests.indexOf(next), 1);
      next.done.resolve();
      return;
    }
    this.running++;
    this.runSubtest(next).then(() => {
      this.running--;
      this.processQueue();
      this.onSubtestDone?.();
    });
  }

  canRunSubtests() {
    return this.started && !this.finished;
  }

  // When some subtest is marked `only` (or holds one), the others do not run. Under
  // `lode --test`, as under `node --test`, that takes --test-only.
  isFilteredByOnly(test) {
    if (test.only || test.containsOnly || !onlyApplies) return false;
    return this.subtests.some((t) => t.only || t.containsOnly);
  }

  async runSubtest(test) {
    if (!this.beforeHooksRan) {
      this.beforeHooksRan = true;
      this.beforeHooksDone = this.runHooks('before', this.hookContext());
    }
    const hookError = await this.beforeHooksDone;
    if (hookError !== null) {
      test.failBeforeRun(hookError);
      return;
    }
    await test.run();
  }

  hookContext() {
    return this.context ??= new TestContext(this);
  }

  // Runs the hooks of one kind in order; returns the first failure or null.
  async runHooks(kind, context, hooks = this.hooks[kind]) {
    for (const hook of hooks) {
      try {
        await runWithTimeout(hook.fn, context, hook.timeout, this);
      } catch (err) {
        return err instanceof TestFailure ? err : new TestFailure(err, 'hookFailed');
      }
    }
    return null;
  }

  // The beforeEach hooks of every ancestor, outermost first (afterEach: innermost first).
  async runEachHooks(kind, context) {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) chain.push(t);
    if (kind === 'beforeEach') chain.reverse();
    for (const t of chain) {
      const err = await t.runHooks(kind, context);
      if (err !== null) return err;
    }
    return null;
  }

  failBeforeRun(failure) {
    this.started = true;
    this.startTime = this.endTime = now();
    this.error = failure;
    this.finish();
  }

  fail(failure) {
    if (this.error === null) this.error = failure;
  }

  async run() {
    this.started = true;
    this.startTime = now();
    current.push(this);
    if (this.skipReason !== undefined) {
      await this.finish();
      return;
    }
    if (this.userSignal?.aborted) {
      this.fail(new TestFailure(this.userSignal.reason ?? new Error('This operation was aborted'),
        'cancelledByParent'));
      await this.finish();
      return;
    }
    const context = new TestContext(this);
    this.context = context;
    let failure = await this.runEachHooks('beforeEach', context);
    if (failure === null && this.fn !== undefined) {
      try {
        await runWithTimeout(this.fn, context, this.timeout, this);
      } catch (err) {
        failure = err instanceof TestFailure ? err : new TestFailure(err, 'testCodeFailure');
      }
    }
    if (failure !== null) this.fail(failure);
    if (failure === null || failure.failureType !== 'cancelledByParent') {
      await this.waitForSubtests();
    }
    if (this.planned !== null && this.error === null) {
      if (this.planWait !== false && this.assertions < this.planned) {
        await this.waitForPlan();
      } else if (this.assertions < this.planned) {
        // Node checks the plan a few promise turns after the function settles, so
        // assertions made by promise callbacks just after done()/return still count. Lode
        // waits for the ticks and microtasks queued so far to run.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (this.assertions !== this.planned) {
        this.fail(new TestFailure(
          `plan expected ${this.planned} assertions but received ${this.assertions}`,
          'testCodeFailure'));
      }
    }
    const afterEachError = await this.runEachHooks('afterEach', context);
    if (afterEachError !== null) this.fail(afterEachError);
    await this.finish();
  }

  // Waits for the planned assertions: without end (`wait: true`) or `wait` milliseconds.
  waitForPlan() {
    return new Promise((resolve) => {
      let timer;
      const done = () => {
        clearTimeout(timer);
        this.onAssertion = undefined;
        this.cancelRun = null;
        resolve();
      };
      this.onAssertion = () => {
        if (this.assertions >= this.planned) done();
      };
      if (typeof this.planWait === 'number') {
        timer = setTimeout(() => {
          this.fail(new TestFailure(`plan timed out after ${this.planWait}ms with ` +
            `${this.assertions} assertions when expecting ${this.planned}`,
          'testTimeoutFailure'));
          done();
        }, this.planWait);
      }
      this.cancelRun = (failure) => {
        this.fail(failure);
        done();
      };
    });
  }

  countAssertion() {
    this.assertions++;
    this.onAssertion?.();
  }

  // Waits until every subtest added so far (and any they add) has finished.
  async waitForSubtests() {
    while (this.queue.length > 0 || this.running > 0) {
      const { promise, resolve } = withResolvers();
      this.onSubtestDone = resolve;
      this.processQueue();
      if (this.queue.length === 0 && this.running === 0) break;
      await promise;
    }
    this.onSubtestDone = undefined;
  }

  // Ends the test: after hooks, cancellation of stragglers, failure from subtests.
  async finish() {
    if (this.finishing) return;
    this.finishing = true;
    const context = this.context;
    if (this.hooks.after.length > 0) {
      const err = await this.runHooks('after', context ?? this.hookContext());
      if (err !== null) this.fail(err);
    }
    this.finished = true;
    this.endTime = now();
    const index = current.lastIndexOf(this);
    if (index !== -1) current.splice(index, 1);
    for (const sub of this.subtests) {
      if (!sub.finished) sub.cancel(new TestFailure(kPending, 'cancelledByParent'));
    }
    this.queue = [];
    const failed = this.subtests.filter((t) => !t.passed && t.todoReason === undefined).length;
    if (this.error === null && failed > 0) {
      this.error = new TestFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`,
        'subtestsFailed');
    }
    this.controller.abort();
    this.mockTracker?.reset();
    this.done.resolve();
    if (this.parent === root) reportTopLevel(this);
  }

  // Cancels a test that has not finished (its function may still run on).
  cancel(failure) {
    if (this.finished) return;
    if (!this.started) {
      this.failBeforeRun(failure);
      return;
    }
    if (this.cancelRun !== null) {
      this.cancelRun(failure);
    } else {
      this.fail(failure);
      this.finish();
    }
  }
}

class Suite extends Test {
  constructor(parent, name, options, fn, location) {
    super(parent, name, options, fn, location);
    this.context = new SuiteContext(this);
    this.buildError = null;
    this.built = Promise.resolve();
    if (fn !== undefined && this.skipReason === undefined) {
      suiteStack.push(this);
      try {
        const result = Reflect.apply(fn, this.context, [this.context]);
        if (result !== null && typeof result?.then === 'function') {
          this.built = Promise.resolve(result).then(() => {}, (err) => {
            this.buildError = new TestFailure(err, 'testCodeFailure');
          });
        }
      } catch (err) {
        this.buildError = new TestFailure(err, 'testCodeFailure');
      } finally {
        suiteStack.pop();
      }
    }
  }

  get isSuite() {
    return true;
  }

  addSubtest(test) {
    this.subtests.push(test);
    this.queue.push(test);
    this.processQueue();
    return test.done.promise;
  }

  async run() {
    this.started = true;
    this.startTime = now();
    if (this.skipReason !== undefined) {
      for (const sub of this.subtests) sub.skipReason ??= this.skipReason;
    }
    await this.built;
    if (this.buildError !== null) {
      this.fail(this.buildError);
      this.queue = [];
      await this.finish();
      return;
    }
    this.processQueue();
    await this.waitForSubtests();
    await this.finish();
  }

  hookContext() {
    return this.context;
  }
}

// Runs a test or hook function with its context, as a promise, a callback (two
// parameters: `done`) or a plain call, bounded by `timeout` and by cancellation.
function runWithTimeout(fn, context, timeout, test) {
  return new Promise((resolve, reject) => {
    let timer;
    let settled = false;
    const settle = (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      test.cancelRun = null;
      if (err === undefined) resolve();
      else reject(err);
    };
    test.cancelRun = (failure) => settle(failure);
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        settle(new TestFailure(`test timed out after ${timeout}ms`, 'testTimeoutFailure'));
      }, timeout);
    }
    try {
      if (fn.length >= 2) {
        let calls = 0;
        const done = (err) => {
          calls++;
          if (calls > 1) {
            test.fail(new TestFailure('callback invoked multiple times',
              'multipleCallbackInvocations'));
            return;
          }
          settle(err === undefined || err === null ? undefined
            : new TestFailure(err, 'testCodeFailure'));
        };
        const result = runInFrame(test.frame, fn, context, [context, done]);
        if (result !== null && typeof result?.then === 'function') {
          result.then(() => {}, () => {});
          settle(new TestFailure('passed a callback but also returned a Promise',
            'callbackAndPromisePresent'));
        }
        return;
      }
      const result = runInFrame(test.frame, fn, context, [context]);
      if (result !== null && typeof result?.then === 'function') {
        Promise.resolve(result).then(() => settle(), (err) => {
          settle(new TestFailure(err ?? new Error('Promise rejected with a falsy reason'),
            'testCodeFailure'));
        });
      } else {
        settle();
      }
    } catch (err) {
      settle(new TestFailure(err, 'testCodeFailure'));
    }
  });
}

// ---------------------------------------------------------------------------
// Contexts

function globalSetup() {
  return require('internal/test_runner/global_setup');
}

let assertModule;
const kAssertSkip = new Set(['AssertionError', 'CallTracker', 'strict', 'Assert']);

class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName;
  }

  get filePath() {
    return process.argv[1];
  }

  get signal() {
    return this.#test.controller.signal;
  }

  get mock() {
    const test = this.#test;
    test.mockTracker ??= new (loadMock().MockTracker)();
    return test.mockTracker;
  }

  get assert() {
    if (this.#assert !== undefined) return this.#assert;
    assertModule ??= require('assert');
    const test = this.#test;
    const assert = {};
    for (const key of Object.keys(assertModule)) {
      const method = assertModule[key];
      if (typeof method !== 'function' || kAssertSkip.has(key)) continue;
      assert[key] = function(...args) {
        test.countAssertion();
        return Reflect.apply(method, this, args);
      };
    }
    assert.snapshot = function snapshot(value, options) {
      test.countAssertion();
      require('internal/test_runner/snapshot').snapshotAssertion(test, value, options);
    };
    assert.fileSnapshot = function fileSnapshot(value, path, options) {
      test.countAssertion();
      require('internal/test_runner/snapshot').fileSnapshotAssertion(value, path, options);
    };
    this.#assert = assert;
    return assert;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(`${message}`);
  }

  plan(count, options = {}) {
    validateInteger(count, 'count', 0);
    validateObject(options, 'options');
    const { wait = false } = options;
    if (typeof wait !== 'boolean') validateNumber(wait, 'options.wait', 0);
    const test = this.#test;
    if (test.planned !== null) {
      throw new codes.ERR_TEST_FAILURE('cannot set plan more than once', 'testCodeFailure');
    }
    test.planned = count;
    test.planWait = wait;
  }

  skip(message) {
    this.#test.skipReason = message === undefined ? '' : `${message}`;
  }

  todo(message) {
    this.#test.todoReason = message === undefined ? '' : `${message}`;
  }

  runOnly() {}

  test(name, options, fn) {
    const args = parseTestArgs(name, options, fn);
    const parent = this.#test;
    const sub = new Test(parent, args.name, args.options, args.fn,
      callerLocation(TestContext.prototype.test));
    if (parent.finished) {
      sub.failBeforeRun(new TestFailure(kPending, 'cancelledByParent'));
      return sub.done.promise;
    }
    return parent.addSubtest(sub);
  }

  before(fn, options) {
    addHook(this.#test, 'before', fn, options);
  }

  after(fn, options) {
    addHook(this.#test, 'after', fn, options);
  }

  beforeEach(fn, options) {
    addHook(this.#test, 'beforeEach', fn, options);
  }

  afterEach(fn, options) {
    addHook(this.#test, 'afterEach', fn, options);
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return this.#suite.fullName;
  }

  get filePath() {
    return process.argv[1];
  }

  get signal() {
    return this.#suite.controller.signal;
  }
}

// Like Node, options that are not an object are ignored and a fn that is not a function
// makes a hook that does nothing (its timeout is still validated).
function addHook(test, kind, fn, options) {
  if (options === null || typeof options !== 'object') options = {};
  let timeout = Infinity;
  if (options.timeout !== undefined && options.timeout !== Infinity) {
    validateNumber(options.timeout, 'options.timeout', 0, 2 ** 31 - 1);
    timeout = options.timeout;
  }
  if (typeof fn === 'function') test.hooks[kind].push({ fn, timeout });
}

// ---------------------------------------------------------------------------
// The root and the public entry points

class Root extends Test {
  constructor() {
    super(null, '<root>', {}, undefined, undefined);
    this.started = false;
    this.scheduled = false;
    this.ended = false;
    this.startedAt = now();
    this.unhandled = [];
  }

  canRunSubtests() {
    return this.started && !this.ended;
  }

  addSubtest(test) {
    setup();
    this.subtests.push(test);
    this.queue.push(test);
    if (!this.scheduled) {
      this.scheduled = true;
      const start = () => {
        this.started = true;
        this.processQueue();
      };
      // --test-global-setup: the tests start once globalSetup() is done.
      if (runsGlobalHooks()) {
        globalSetup().runGlobalHook('globalSetup').then(start, (err) => {
          process.exitCode = 1;
          throw err;
        });
      } else {
        process.nextTick(start);
      }
    } else {
      this.processQueue();
    }
    return test.done.promise;
  }

  hookContext() {
    return this.context ??= new SuiteContext(this);
  }
}

const root = new Root();
// Set by `lode --test` (internal/test_runner/run_files) in the environment of the children
// it runs: they print their tests but no summary, and end with one marker line of counts.
const isChildOfTestRunner = process.env.NODE_TEST_CONTEXT === 'lode-child';
const kChildSummaryMarker = '\u0000lode-test-summary ';
const onlyApplies = !isChildOfTestRunner || process.execArgv.includes('--test-only');
const current = [];
const suiteStack = [];
let isSetUp = false;
let reporter;

// The parent of a test declared with the module-level test()/it()/describe(), as Node
// finds it through the async context: the suite whose function is running, else the test
// whose function (or a timer, tick or immediate it scheduled) is running. The engine gives
// promise reactions no context, so a call from a promise continuation (the caller is the
// only frame on the stack: an `await` resumed) goes to the innermost test still running.
// Anything else (a server's callback, a top-level declaration) goes to the root.
function currentParent(skipFn) {
  if (suiteStack.length > 0) return suiteStack[suiteStack.length - 1];
  const test = asyncContext.current?.get(kTestInFrame);
  if (test !== undefined && !test.finishing) return test;
  if (test === undefined && current.length > 0 && isPromiseContinuation(skipFn)) {
    for (let i = current.length - 1; i >= 0; i--) {
      if (!current[i].finishing) return current[i];
    }
  }
  return root;
}

function isPromiseContinuation(skipFn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 2;
  Error.captureStackTrace(holder, skipFn);
  Error.stackTraceLimit = limit;
  return `${holder.stack}`.split('\n').filter((line) => /^\s+at /.test(line)).length === 1;
}

function createTest(isSuite, skipFn, name, options, fn, overrides) {
  const args = parseTestArgs(name, options, fn);
  const opts = overrides === undefined ? args.options : { ...args.options, ...overrides };
  const parent = currentParent(skipFn);
  const location = callerLocation(skipFn);
  const test = isSuite ? new Suite(parent, args.name, opts, args.fn, location)
    : new Test(parent, args.name, opts, args.fn, location);
  if (parent.finished) {
    test.failBeforeRun(new TestFailure(kPending, 'cancelledByParent'));
    return test.done.promise;
  }
  return parent.addSubtest(test);
}

function addRootHook(kind, fn, options) {
  setup();
  let target = suiteStack.length > 0 ? suiteStack[suiteStack.length - 1] : undefined;
  target ??= asyncContext.current?.get(kTestInFrame);
  if (target === undefined || target.finishing) target = root;
  addHook(target, kind, fn, options);
}

// Installs the process listeners the first time a test or hook is declared.
function setup() {
  if (isSetUp) return;
  isSetUp = true;
  reporter = makeReporter(readReporterName());
  process.on('beforeExit', onBeforeExit);
  process.on('exit', onExit);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
}

// The values given to a runner option in process.execArgv (as `--flag value` or
// `--flag=value`), in order; an option given once is the last of them.
function flagValues(flag) {
  const argv = process.execArgv;
  const values = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag && i + 1 < argv.length) values.push(argv[++i]);
    else if (argv[i].startsWith(`${flag}=`)) values.push(argv[i].slice(flag.length + 1));
  }
  return values;
}

// Whether this process runs the --test-global-setup hooks (not a child of `lode --test`: its
// parent runs them). Checked without loading internal/test_runner/global_setup.
function runsGlobalHooks() {
  return !isChildOfTestRunner && flagValues('--test-global-setup').length > 0;
}

// --test-timeout=ms: the default timeout of every test (Infinity without the flag).
function readTimeoutFlag() {
  const value = flagValues('--test-timeout').at(-1);
  const ms = Number(value);
  return value !== undefined && ms > 0 && ms <= 2 ** 31 - 1 ? ms : Infinity;
}

// --test-name-pattern / --test-skip-pattern (each may be given several times): a string, or a
// regular expression literal with flags.
function readPatterns(flag) {
  const patterns = flagValues(flag).map((text) => {
    const literal = /^\/(.*)\/([a-z]*)$/s.exec(text);
    return literal === null ? new RegExp(text) : new RegExp(literal[1], literal[2]);
  });
  return patterns.length === 0 ? null : patterns;
}

let namePatterns;
let skipPatterns;

// Whether a test's name, an ancestor's name, or the names from its outermost ancestor down
// to it joined by spaces, matches one of the patterns.
function matchesName(test, patterns) {
  const matches = (text) => patterns.some((re) => {
    re.lastIndex = 0;
    return re.exec(text) !== null;
  });
  const names = [];
  for (let t = test; t !== null && t !== root; t = t.parent) {
    if (matches(t.name)) return true;
    names.unshift(t.name);
  }
  return matches(names.join(' ').trim());
}

// A test the name patterns leave out is neither run nor reported nor counted, as in Node; a
// suite that does not match runs for those of its tests that do (and is left out if none does).
function isFilteredByName(test) {
  if (namePatterns === undefined) {
    namePatterns = readPatterns('--test-name-pattern');
    skipPatterns = readPatterns('--test-skip-pattern');
  }
  if (namePatterns === null && skipPatterns === null) return false;
  if (skipPatterns !== null && matchesName(test, skipPatterns)) return true;
  if (namePatterns === null || matchesName(test, namePatterns)) return false;
  return !(test.isSuite && test.subtests.some((t) => !isFilteredByName(t)));
}

function readReporterName() {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--test-reporter') return argv[i + 1];
    if (argv[i].startsWith('--test-reporter=')) return argv[i].slice(16);
  }
  return 'spec';
}

function onUncaught(err) {
  const test = current[current.length - 1];
  if (test !== undefined && !test.finished) {
    test.cancel(new TestFailure(err, 'uncaughtException'));
  } else {
    root.unhandled.push(err);
    process.exitCode = 1;
    reporter.unhandled(err);
  }
}

function onBeforeExit() {
  // Tests still waiting on promises that nothing can settle: cancel them.
  const stuck = current.filter((t) => !t.finished &&
    !t.subtests.some((sub) => sub.started && !sub.finished));
  if (stuck.length > 0) {
    // A running test may be waiting for a top-level test queued behind it (declared by a
    // module it imported, or after an `await` where the async context is lost): start
    // that one rather than fail the first.
    if (root.queue.length > 0 && root.started && !root.ended) {
      root.startNextSubtest();
      return;
    }
    for (let i = stuck.length - 1; i >= 0; i--) {
      stuck[i].cancel(new TestFailure(kLoopDrained, 'cancelledByParent'));
    }
    // One more turn of the loop, so that 'beforeExit' comes again once the tests after
    // the cancelled ones have run.
    setImmediate(() => {});
    return;
  }
  if (root.queue.length > 0 || root.running > 0 || root.ended) return;
  root.ended = true;
  // globalTeardown() of --test-global-setup runs after the summary, as in Node.
  const teardown = () => {
    if (runsGlobalHooks()) globalSetup().runGlobalHook('globalTeardown');
  };
  if (root.hooks.after.length > rootAfterHooksRun) {
    runPendingRootAfterHooks().then(endRoot).then(teardown);
  } else {
    endRoot();
    teardown();
  }
}

// Module-level after() hooks run once no test is queued or running (checked in the
// check phase after a top-level test ends, as Node does: a server's 'listening' callback
// may still declare tests or hooks), not at exit: they often close what keeps the loop
// alive. Hooks declared later run at the next such point, or at exit.
let rootAfterHooksRun = 0;
let rootIdleCheckPending = false;

function scheduleRootAfterHooks() {
  if (rootIdleCheckPending) return;
  rootIdleCheckPending = true;
  setImmediate(() => {
    rootIdleCheckPending = false;
    if (root.queue.length !== 0 || root.running !== 0) return;
    const hooksDone = runPendingRootAfterHooks();
    // --test-force-exit: once the known tests are done, end even if handles remain.
    if (process.execArgv.includes('--test-force-exit')) {
      hooksDone.then(() => {
        if (root.queue.length !== 0 || root.running !== 0) return;
        endRoot();
        process.exit();
      });
    }
  });
}

async function runPendingRootAfterHooks() {
  const hooks = root.hooks.after.slice(rootAfterHooksRun);
  rootAfterHooksRun = root.hooks.after.length;
  if (hooks.length === 0) return;
  const failure = await root.runHooks('after', root.hookContext(), hooks);
  if (failure !== null) {
    root.unhandled.push(failure.cause);
    reporter.unhandled(failure.cause);
  }
}

function onExit() {
  if (!root.summarized) endRoot();
}

function endRoot() {
  if (root.summarized) return;
  root.summarized = true;
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const visit = (test) => {
    for (const sub of test.subtests) {
      if (sub.isSuite) {
        counts.suites++;
      } else {
        counts.tests++;
        if (sub.skipReason !== undefined && sub.error === null) counts.skipped++;
        else if (sub.todoReason !== undefined) counts.todo++;
        else if (sub.error === null) counts.pass++;
        else if (sub.error.failureType === 'cancelledByParent' ||
          sub.error.failureType === 'testTimeoutFailure') counts.cancelled++;
        else counts.fail++;
      }
      visit(sub);
    }
  };
  visit(root);
  const failedSuite = root.subtests.some((t) => t.isSuite && t.error !== null &&
    t.error.failureType !== 'subtestsFailed');
  if (counts.fail > 0 || counts.cancelled > 0 || failedSuite || root.unhandled.length > 0) {
    process.exitCode = 1;
  }
  counts.duration_ms = Number(now() - root.startedAt) / 1e6;
  const fromReporter = reporter.summary(counts);
  // Under `lode --test` the parent adds the counts up and prints one summary, followed by
  // the failures of all files (the spec and dot reporters' list, passed along as text; the
  // TAP reporter passes its number of top-level tests).
  if (isChildOfTestRunner) {
    const extra = typeof fromReporter === 'string' ? { failuresText: fromReporter } : fromReporter;
    write(`${kChildSummaryMarker}${JSON.stringify({ ...counts, ...extra })}\n`);
  }
}

function reportTopLevel(test) {
  reporter.test(test);
  if (root.queue.length === 0) scheduleRootAfterHooks();
}

// ---------------------------------------------------------------------------
// Reporters

let inspect;
function inspectValue(value, inColor = false) {
  inspect ??= require('internal/util/inspect').inspect;
  return inColor && colorsEnabled() ? inspect(value, { colors: true }) : inspect(value);
}

function durationMs(test) {
  return Number(test.endTime - test.startTime) / 1e6;
}

function write(text) {
  process.stdout.write(text);
}

function relativeLocation(location) {
  const cwd = process.cwd();
  if (location !== undefined && location.startsWith(`${cwd}/`)) {
    return location.slice(cwd.length + 1);
  }
  return location;
}

function indentLines(text, indent) {
  return text.split('\n').map((line) => `${indent}${line}`).join('\n');
}

function makeReporter(name) {
  if (name === 'tap') return tapReporter();
  if (name === 'dot') return dotReporter();
  return specReporter();
}

// Reporter colors, as Node's: on when stderr would show them (FORCE_COLOR decides when set,
// else a color terminal); a child of `lode --test` follows its parent's choice.
const kColors = {
  white: '\u001b[39m', gray: '\u001b[90m', green: '\u001b[32m', red: '\u001b[31m',
  blue: '\u001b[34m', yellow: '\u001b[33m', reset: '\u001b[0m',
};
let colorsOn;

function reporterUsesColors() {
  if (isChildOfTestRunner) return process.env.LODE_TEST_COLORS === '1';
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  const stderr = process.stderr;
  return stderr?.isTTY === true && stderr.getColorDepth() > 2;
}

function colorsEnabled() {
  colorsOn ??= reporterUsesColors();
  return colorsOn;
}

function color(name) {
  return colorsEnabled() ? kColors[name] : '';
}

// A test's line in the spec and dot reporters: symbol, name, duration and skip/todo reason.
// A todo test shows ✔ when it passed and ⚠ when it failed.
function specLine(test) {
  const skipped = test.skipReason !== undefined && test.error === null;
  let symbol = '\u2714';
  let hue = 'green';
  if (skipped) {
    symbol = '\uFE63';
    hue = 'gray';
  } else if (test.todoReason !== undefined && test.error !== null) {
    symbol = '\u26A0';
    hue = 'yellow';
  } else if (test.error !== null) {
    symbol = '\u2716';
    hue = 'red';
  }
  let suffix = '';
  if (skipped) {
    suffix = ` # ${test.skipReason || 'SKIP'}`;
  } else if (test.todoReason !== undefined) {
    suffix = ` # ${test.todoReason || 'TODO'}`;
  }
  return `${color(hue)}${symbol} ${test.name} ${color('gray')}(${durationMs(test)}ms)` +
    `${color('white')}${suffix}${color('white')}`;
}

// The failure shown under a failed test's line, or null for one that failed only through its
// subtests.
function describeFailure(test) {
  const { cause, failureType } = test.error;
  if (failureType === 'subtestsFailed') return null;
  return inspectValue(cause, true);
}

// Node's dot reporter: a '.' per test or suite that passed and an 'X' per one that failed,
// as each ends (a line break every max(columns, 20)), then the failed ones with their errors.
// Under `lode --test` a child prints only its marks and hands its failures to the parent.
function dotReporter() {
  const failed = [];
  let count = 0;
  const width = () => Math.max(process.stdout.columns ?? 20, 20);
  let columns = width();
  const marks = (test) => {
    let out = '';
    for (const sub of test.subtests) out += marks(sub);
    out += test.error === null ? `${color('green')}.${color('reset')}` :
      `${color('red')}X${color('reset')}`;
    if (test.error !== null) failed.push(test);
    if (++count === columns) {
      out += '\n';
      columns = width();
      count = 0;
    }
    return out;
  };
  return {
    test(test) {
      write(marks(test));
    },
    unhandled(err) {
      write('\n\u2716 unhandled error after the test finished\n' +
            `${indentLines(inspectValue(err), '  ')}\n`);
    },
    summary() {
      // Unlike the spec reporter's list, a test failed through its subtests is listed too.
      const list = failed.map((test) => {
        return `${specLine(test)}\n${indentLines(inspectValue(test.error.cause, true), '  ')}\n`;
      }).join('');
      if (isChildOfTestRunner) return list;
      write(list === '' ? '\n' :
        `\n\n${color('red')}Failed tests:${color('white')}\n\n${list}`);
    },
  };
}

function specReporter() {
  const failures = [];
  const print = (test, indent) => {
    let out = '';
    if (test.subtests.length > 0 || test.isSuite) {
      out += `${indent}\u25B6 ${test.name}\n`;
      for (const sub of test.subtests) out += print(sub, `${indent}  `);
    }
    out += `${indent}${specLine(test)}\n`;
    for (const message of test.diagnostics) {
      out += `${color('blue')}${indent}\u2139 ${message}${color('white')}\n`;
    }
    if (test.error !== null && describeFailure(test) !== null) failures.push(test);
    return out;
  };
  return {
    test(test) {
      write(print(test, ''));
    },
    unhandled(err) {
      write('\u2716 unhandled error after the test finished\n' +
            `${indentLines(inspectValue(err), '  ')}\n`);
    },
    summary(counts) {
      let out = '';
      if (!isChildOfTestRunner) {
        for (const [key, value] of Object.entries(counts)) {
          out += `${color('blue')}\u2139 ${key} ${value}${color('white')}\n`;
        }
      }
      // Entries are separated by a blank line; none follows the last one.
      const list = failures.map((test) => {
        const at = test.location === undefined ? '' : `test at ${relativeLocation(test.location)}\n`;
        return `${at}${specLine(test)}\n${indentLines(describeFailure(test), '  ')}\n`;
      }).join('\n');
      // A child of `lode --test` leaves the list to its parent, which prints it after the
      // totals of all files, as Node does.
      if (isChildOfTestRunner) {
        write(out);
        return list;
      }
      if (list !== '') out += `\n${color('red')}\u2716 failing tests:${color('white')}\n\n${list}`;
      write(out);
    },
  };
}

function yamlString(value) {
  const text = `${value}`;
  if (text.includes('\n')) return null;
  return `'${text.replaceAll("'", "''")}'`;
}

function yamlScalar(value) {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return `${value}`;
  }
  if (value === undefined) return '~';
  return null;
}

function yamlField(key, value, indent) {
  const scalar = yamlScalar(value);
  if (scalar !== null) return `${indent}${key}: ${scalar}\n`;
  const text = typeof value === 'string' ? value : inspectValue(value);
  return `${indent}${key}: |-\n${indentLines(text, `${indent}  `)}\n`;
}

function stackFrames(err) {
  const stack = typeof err?.stack === 'string' ? err.stack : '';
  return stack.split('\n').filter((l) => /^\s+at /.test(l))
    .map((l) => l.replace(/^\s+at /, '')).join('\n');
}

// Under `lode --test` a child's TAP lines carry this prefix, which the parent removes: the
// lines without it are the tests' own output, which TAP shows as comments.
const kTapLineMarker = '\u0001';

function tapReporter() {
  let headerWritten = false;
  // A child numbers its top-level tests after those of the files before it.
  const firstNumber = isChildOfTestRunner ? Number(process.env.LODE_TEST_TAP_OFFSET) || 0 : 0;
  let topCount = firstNumber;
  const tapWrite = (text) => {
    write(isChildOfTestRunner ? text.replace(/^(?=[^\n]*\n)/gm, kTapLineMarker) : text);
  };
  const header = () => {
    if (!headerWritten && !isChildOfTestRunner) {
      headerWritten = true;
      write('TAP version 13\n');
    }
  };
  const escape = (name) => name.replaceAll('\\', '\\\\').replaceAll('#', '\\#');
  const details = (test, indent) => {
    let out = `${indent}  ---\n`;
    out += `${indent}  duration_ms: ${durationMs(test)}\n`;
    out += `${indent}  type: '${test.isSuite ? 'suite' : 'test'}'\n`;
    if (test.error !== null) {
      const { cause, failureType } = test.error;
      const inner = `${indent}  `;
      if (test.location !== undefined) out += yamlField('location', test.location, inner);
      out += `${inner}failureType: '${failureType}'\n`;
      const isError = cause !== null && typeof cause === 'object' && 'message' in cause;
      const message = isError ? cause.message : `${cause}`;
      out += yamlField('error', message, inner);
      if (isError && cause.code === 'ERR_ASSERTION') {
        out += `${inner}code: 'ERR_ASSERTION'\n`;
        out += yamlField('name', cause.name, inner);
        out += yamlField('expected', cause.expected, inner);
        out += yamlField('actual', cause.actual, inner);
        out += yamlField('operator', cause.operator, inner);
      } else {
        out += `${inner}code: 'ERR_TEST_FAILURE'\n`;
      }
      if (isError) {
        const frames = stackFrames(cause);
        if (frames !== '') out += `${inner}stack: |-\n${indentLines(frames, `${inner}  `)}\n`;
      }
    }
    return `${out}${indent}  ...\n`;
  };
  const print = (test, number, indent) => {
    let out = `${indent}# Subtest: ${test.name}\n`;
    if (test.subtests.length > 0) {
      let n = 0;
      for (const sub of test.subtests) out += print(sub, ++n, `${indent}    `);
      out += `${indent}    1..${n}\n`;
    }
    let directive = '';
    if (test.skipReason !== undefined && test.error === null) {
      directive = ` # SKIP${test.skipReason ? ` ${test.skipReason}` : ''}`;
    } else if (test.todoReason !== undefined) {
      directive = ` # TODO${test.todoReason ? ` ${test.todoReason}` : ''}`;
    }
    out += `${indent}${test.error === null ? 'ok' : 'not ok'} ${number} - ` +
      `${escape(test.name)}${directive}\n`;
    out += details(test, indent);
    for (const message of test.diagnostics) out += `${indent}# ${message}\n`;
    return out;
  };
  return {
    test(test) {
      header();
      tapWrite(print(test, ++topCount, ''));
    },
    unhandled(err) {
      header();
      tapWrite(`# ${inspectValue(err).split('\n').join('\n# ')}\n`);
    },
    summary(counts) {
      header();
      if (isChildOfTestRunner) return { topLevel: topCount - firstNumber };
      let out = `1..${topCount}\n`;
      for (const [key, value] of Object.entries(counts)) out += `# ${key} ${value}\n`;
      write(out);
    },
  };
}

module.exports = {
  flagValues,
  kColors,
  kTapLineMarker,
  reporterUsesColors,
  kChildSummaryMarker,
  readReporterName,
  createTest,
  addRootHook,
  loadMock,
};
