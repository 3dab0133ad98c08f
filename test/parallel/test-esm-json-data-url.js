'use strict';
// JSON modules (default export only, one instance per URL) and data: URL modules.
const common = require('../common');
const assert = require('assert');

(async () => {
  const { data, again, ns } = await import('../fixtures/esm/json-importer.mjs');
  assert.deepStrictEqual(data, { answer: 42 });
  assert.strictEqual(again, data);
  assert.deepStrictEqual(Object.keys(ns), ['default']);

  const js = await import('data:text/javascript,export default 40 + 2; export const x = "y";');
  assert.strictEqual(js.default, 42);
  assert.strictEqual(js.x, 'y');
  const encoded = 'data:text/javascript;base64,' +
    Buffer.from('export const sum = 1 + 2;').toString('base64');
  assert.strictEqual((await import(encoded)).sum, 3);
  const json = await import('data:application/json,{"a":[1]}', { with: { type: 'json' } });
  assert.deepStrictEqual(json.default, { a: [1] });
  await assert.rejects(import('data:application/json,{}'), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING' });
  // A data: module can import built-ins but has no base for relative specifiers.
  const withBuiltin = await import('data:text/javascript,import { sep } from "node:path"; export default sep;');
  assert.strictEqual(withBuiltin.default, '/');
  await assert.rejects(import('data:text/javascript,import "./x.mjs";'), {
    code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  });
})().then(common.mustCall());
