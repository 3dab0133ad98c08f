'use strict';
// Resolution, link and evaluation errors of ES modules: class, code and Node's message.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'esm');
const errors = path.join(dir, 'errors');
const url = (p) => 'file://' + p;

async function rejects(file, expected) {
  await assert.rejects(import(`../fixtures/esm/errors/${file}`), expected);
}

(async () => {
  await rejects('not-found.js', {
    name: 'Error',
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${errors}/does-not-exist.js' imported from ` +
      `${errors}/not-found.js`,
    url: url(`${errors}/does-not-exist.js`),
  });
  await rejects('no-package.js', {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find package 'no-such-package' imported from ${errors}/no-package.js`,
  });
  await rejects('dir-import.js', {
    code: 'ERR_UNSUPPORTED_DIR_IMPORT',
    message: `Directory import '${dir}/cjs' is not supported resolving ES modules ` +
      `imported from ${errors}/dir-import.js`,
  });
  await rejects('not-exported.js', {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: "Package subpath './hidden' is not defined by \"exports\" in " +
      `${dir}/node_modules/esm-pkg/package.json imported from ${errors}/not-exported.js`,
  });
  await rejects('unknown-extension.js', {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_FILE_EXTENSION',
    message: `Unknown file extension ".txt" for ${dir}/data.txt`,
  });
  await rejects('missing-export.js', {
    name: 'SyntaxError',
    message: "The requested module '../counter.mjs' does not provide an export named 'nothing'",
  });
  await rejects('json-no-attribute.js', {
    name: 'TypeError',
    code: 'ERR_IMPORT_ATTRIBUTE_MISSING',
    message: `Module "${url(dir)}/data.json" needs an import attribute of "type: json"`,
  });
  await rejects('json-wrong-type.js', {
    name: 'TypeError',
    code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
    message: `Module "${url(dir)}/counter.mjs" is not of type "json"`,
  });
  await rejects('json-bad-type.js', {
    name: 'TypeError',
    code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
    message: `Import attribute "type" with value "css" is not supported in ${url(dir)}/data.json`,
  });
  await rejects('syntax-error.js', { name: 'SyntaxError' });
  // An error thrown while evaluating: the same error for every importer, every time.
  let first;
  await rejects('imports-throwing.js', (err) => {
    first = err;
    assert.strictEqual(err.message, 'thrown at evaluation');
    return true;
  });
  await rejects('throws.js', (err) => err === first);
  await rejects('imports-throwing.js', (err) => err === first);

  await assert.rejects(import('./no-such-file.mjs'), { code: 'ERR_MODULE_NOT_FOUND' });
  await assert.rejects(import('https://example.com/x.mjs'), {
    code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  });
  await assert.rejects(import('../fixtures/esm/data.json'), {
    code: 'ERR_IMPORT_ATTRIBUTE_MISSING',
  });
  await assert.rejects(import('../fixtures/esm/data.json', { with: 'json' }), TypeError);
  await assert.rejects(import('../fixtures/esm/data.json', 1), TypeError);
})().then(common.mustCall());
