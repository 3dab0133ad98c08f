'use strict';
// --test-global-setup=<module>: the module's globalSetup() runs once before any test, and its
// globalTeardown() once after all of them, in the process that runs the tests (the parent of
// `lode --test`, whose children then inherit what setup put in process.env). Either export
// may be missing or async; the module may be CommonJS or an ES module.

const { flagValues } = require('internal/test_runner/harness');

let hooksPromise;

// The module's namespace (a promise), or undefined without the flag.
function loadGlobalHooks() {
  if (hooksPromise !== undefined) return hooksPromise;
  const file = flagValues('--test-global-setup').at(-1);
  if (file === undefined) return undefined;
  const path = require('path');
  const url = require('url').pathToFileURL(path.resolve(file)).href;
  hooksPromise = require('internal/modules/esm/loader')
    .importFromScript(url, undefined, path.join(process.cwd(), '[global-setup]'));
  return hooksPromise;
}

async function runGlobalHook(name) {
  const hooks = loadGlobalHooks();
  if (hooks === undefined) return;
  const namespace = await hooks;
  const fn = namespace[name] ?? namespace.default?.[name];
  if (typeof fn === 'function') await fn();
}

module.exports = { runGlobalHook };
