'use strict';
// DOMException's shape as Node has it: a constructor whose prototype is
// Function.prototype and whose instances are real errors; WebIDL attribute getters;
// the legacy code constants on the constructor and the prototype; names and codes;
// the `cause` option; subclasses; and bad input.
require('../common');
const assert = require('assert');
const util = require('util');

// The stack reads `Name: message` and starts in the constructor, as in Node. Checked
// first: in Lode, errors made after the engine has JIT-compiled the error constructor's
// trap get JSC's stack format (a known bug of internal/stack, being fixed separately).
{
  function make() {
    return new DOMException('went wrong', 'AbortError');
  }
  const lines = make().stack.split('\n');
  assert.strictEqual(lines[0], 'AbortError: went wrong');
  assert.match(lines[1], /^ {4}at (new )?DOMException /);
  assert.match(lines[2], /^ {4}at make /);
  assert.match(util.inspect(make()), /^DOMException \[AbortError\]: went wrong\n/);
}

assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
assert.strictEqual(DOMException.length, 0);
assert.strictEqual(DOMException.name, 'DOMException');
assert.strictEqual(Object.getOwnPropertyDescriptor(DOMException, 'prototype').writable, false);
assert.throws(() => DOMException('x'), {
  name: 'TypeError',
  message: /DOMException/,
});

// name, message and code are enumerable prototype getters; an instance owns at most a
// stack and a cause.
for (const key of ['name', 'message', 'code']) {
  const descriptor = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  assert.strictEqual(typeof descriptor.get, 'function', key);
  assert.strictEqual(descriptor.set, undefined, key);
  assert.strictEqual(descriptor.enumerable, true, key);
  assert.strictEqual(descriptor.configurable, true, key);
  assert.throws(() => descriptor.get.call({}), {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of DOMException',
  });
  assert.throws(() => descriptor.get.call(Object.create(DOMException.prototype)), {
    code: 'ERR_INVALID_THIS',
  });
}
assert.strictEqual(Object.prototype.toString.call(new DOMException()), '[object DOMException]');

const legacy = {
  INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3,
  WRONG_DOCUMENT_ERR: 4, INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6,
  NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8, NOT_SUPPORTED_ERR: 9,
  INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
  INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15,
  VALIDATION_ERR: 16, TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19,
  ABORT_ERR: 20, URL_MISMATCH_ERR: 21, QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23,
  INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
};
for (const [constant, code] of Object.entries(legacy)) {
  for (const holder of [DOMException, DOMException.prototype]) {
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(holder, constant), {
      value: code, writable: false, enumerable: true, configurable: false,
    });
  }
}

const codes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
  DataCloneError: 25,
  // Names without a legacy code, and the names of the codes WebIDL retired.
  EncodingError: 0, NotReadableError: 0, UnknownError: 0, ConstraintError: 0, DataError: 0,
  TransactionInactiveError: 0, ReadOnlyError: 0, VersionError: 0, OperationError: 0,
  NotAllowedError: 0, OptOutError: 0, DOMStringSizeError: 0, NoDataAllowedError: 0,
  ValidationError: 0, Error: 0, abortError: 0,
};
for (const [name, code] of Object.entries(codes)) {
  const err = new DOMException('text', name);
  assert.strictEqual(err.name, name);
  assert.strictEqual(err.code, code, name);
  assert.strictEqual(err.message, 'text');
}

// Defaults and conversions.
{
  const err = new DOMException();
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, '');
  assert.strictEqual(err.code, 0);
  assert.ok(err instanceof Error);
  assert.strictEqual(util.types.isNativeError(err), true);
  assert.strictEqual(new DOMException(undefined, undefined).name, 'Error');
  assert.strictEqual(new DOMException(null, null).name, 'null');
  assert.strictEqual(new DOMException(null).message, 'null');
  assert.strictEqual(new DOMException(42, 7).name, '7');
  assert.strictEqual(new DOMException('m', {}).name, 'undefined');
  assert.throws(() => new DOMException(Symbol('m')), TypeError);
  assert.throws(() => new DOMException('m', Symbol('n')), TypeError);
  assert.deepStrictEqual(Object.keys(err), []);
  assert.strictEqual(JSON.stringify(err), '{}');
}

// The options bag: a name and an optional cause, an own non-enumerable property.
{
  const err = new DOMException('m', { name: 'NotFoundError', cause: 'because' });
  assert.strictEqual(err.name, 'NotFoundError');
  assert.strictEqual(err.code, 8);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'cause'), {
    value: 'because', writable: true, enumerable: false, configurable: true,
  });
  assert.strictEqual(Object.hasOwn(new DOMException('m', { name: 'X' }), 'cause'), false);
  assert.strictEqual(Object.hasOwn(new DOMException('m', { cause: undefined }), 'cause'), true);
}

// Subclasses.
{
  class TooLate extends DOMException {
    constructor() {
      super('too late', 'TimeoutError');
      this.extra = 1;
    }
  }
  const err = new TooLate();
  assert.ok(err instanceof TooLate);
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'TimeoutError');
  assert.strictEqual(err.code, 23);
  assert.strictEqual(err.extra, 1);
  assert.strictEqual(err.stack.split('\n')[0], 'TimeoutError: too late');
  assert.match(util.inspect(err), /^TooLate \[DOMException\] \[TimeoutError\]: too late\n/);
}

// Error.prototype.toString and assert's matching see the getters.
assert.strictEqual(String(new DOMException('m', 'DataCloneError')), 'DataCloneError: m');
assert.throws(() => { throw new DOMException('gone', 'NotFoundError'); },
              { name: 'NotFoundError', code: 8, message: 'gone' });
