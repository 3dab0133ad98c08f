'use strict';
// DOMException, as WebIDL defines it and Node exposes it globally.
//
// Instances are real Error objects (so `instanceof Error`, stacks and
// Error.captureStackTrace work), but `name`, `message` and `code` are getters on the
// prototype over private fields, as WebIDL attributes are: an instance's only own
// property is `stack` (and `cause` when given).

// Node's message here lacks the word "type" that ERR_INVALID_THIS has elsewhere.
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// The legacy numeric codes, by name. Names not listed have code 0.
const legacyCodes = [
  ['INDEX_SIZE_ERR', 1, 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 2, null],
  ['HIERARCHY_REQUEST_ERR', 3, 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 4, 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 5, 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 6, null],
  ['NO_MODIFICATION_ALLOWED_ERR', 7, 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 8, 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 9, 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 10, 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 11, 'InvalidStateError'],
  ['SYNTAX_ERR', 12, 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 13, 'InvalidModificationError'],
  ['NAMESPACE_ERR', 14, 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 15, 'InvalidAccessError'],
  ['VALIDATION_ERR', 16, null],
  ['TYPE_MISMATCH_ERR', 17, 'TypeMismatchError'],
  ['SECURITY_ERR', 18, 'SecurityError'],
  ['NETWORK_ERR', 19, 'NetworkError'],
  ['ABORT_ERR', 20, 'AbortError'],
  ['URL_MISMATCH_ERR', 21, 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 22, 'QuotaExceededError'],
  ['TIMEOUT_ERR', 23, 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 24, 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 25, 'DataCloneError'],
];
const codeByName = new Map();
for (const [, code, name] of legacyCodes) {
  if (name !== null) codeByName.set(name, code);
}

// Stamps DOMException's private state onto an error made elsewhere: a base class whose
// constructor returns another object gives that object the subclass's fields.
class ReturnsTarget {
  constructor(target) {
    return target;
  }
}

class DOMExceptionState extends ReturnsTarget {
  #name;
  #message;

  constructor(target, name, message) {
    super(target);
    this.#name = name;
    this.#message = message;
  }

  static isDOMException(value) {
    return value !== null && typeof value === 'object' && #name in value;
  }

  static nameOf(value) {
    return value.#name;
  }

  static messageOf(value) {
    return value.#message;
  }
}

// A function rather than `class extends Error`, so that its prototype is
// Function.prototype, as in Node, while instances are real Error objects (made by the
// Error constructor with the caller's new.target, so subclasses work).
function DOMException(message = '', options = 'Error') {
  if (new.target === undefined) {
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  }
  message = `${message}`;
  let name;
  let hasCause = false;
  let cause;
  if (options !== null && typeof options === 'object') {
    name = `${options.name}`;
    if ('cause' in options) {
      hasCause = true;
      cause = options.cause;
    }
  } else {
    name = `${options}`;
  }
  // No message goes to Error itself, so that `message` stays a prototype getter.
  const self = Reflect.construct(Error, [], new.target);
  new DOMExceptionState(self, name, message);
  if (hasCause) {
    Object.defineProperty(self, 'cause', {
      value: cause, writable: true, enumerable: false, configurable: true,
    });
  }
  return self;
}

const isDOMException = DOMExceptionState.isDOMException;

DOMException.prototype = Object.create(Error.prototype);
Object.defineProperty(DOMException, 'prototype', { writable: false });
Object.defineProperty(DOMException.prototype, 'constructor', {
  value: DOMException, writable: true, enumerable: false, configurable: true,
});

const accessors = {
  get name() {
    if (!isDOMException(this)) throw invalidThis();
    return DOMExceptionState.nameOf(this);
  },

  get message() {
    if (!isDOMException(this)) throw invalidThis();
    return DOMExceptionState.messageOf(this);
  },

  get code() {
    if (!isDOMException(this)) throw invalidThis();
    return codeByName.get(DOMExceptionState.nameOf(this)) ?? 0;
  },
};
Object.defineProperties(DOMException.prototype, Object.getOwnPropertyDescriptors(accessors));

for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
for (const [constant, code] of legacyCodes) {
  const descriptor = { value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, descriptor);
  Object.defineProperty(DOMException.prototype, constant, descriptor);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException',
  writable: false,
  enumerable: false,
  configurable: true,
});

module.exports = {
  DOMException,
  isDOMException,
};
