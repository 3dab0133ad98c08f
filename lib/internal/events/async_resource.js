'use strict';
// events.EventEmitterAsyncResource, loaded when first read: only it needs async_hooks.

const EventEmitter = require('events');
const { codes } = require('internal/errors/lazy');
const { validateString } = require('internal/validators');

let { AsyncResource } = require('async_hooks');
// While async_hooks is a placeholder (internal/stub marks its stubs with
// Symbol.for('lode.stubs')), the resource only runs functions in place.
if (typeof AsyncResource !== 'function' ||
    AsyncResource[Symbol.for('lode.stubs')]?.length > 0) {
  AsyncResource = undefined;
}
AsyncResource ??= class AsyncResource {
  #type;
  constructor(type) {
    this.#type = type;
  }
  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
  emitDestroy() {
    return this;
  }
  asyncId() {
    return -1;
  }
  triggerAsyncId() {
    return -1;
  }
};

class EventEmitterReferencingAsyncResource extends AsyncResource {
  #eventEmitter;

  constructor(eventEmitter, type, options) {
    super(type, options);
    this.#eventEmitter = eventEmitter;
  }

  get eventEmitter() {
    if (!(#eventEmitter in this))
      throw new codes.ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
    return this.#eventEmitter;
  }
}

// An EventEmitter whose listeners run in the async context of its construction.
class EventEmitterAsyncResource extends EventEmitter {
  #asyncResource;

  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource)
        validateString(options?.name, 'options.name');
      name = options?.name || new.target.name;
    }
    super(options);
    this.#asyncResource =
      new EventEmitterReferencingAsyncResource(this, name, options);
  }

  emit(event, ...args) {
    const resource = this.#asyncResource;
    return resource.runInAsyncScope(super.emit, this, event, ...args);
  }

  emitDestroy() {
    this.#asyncResource.emitDestroy();
  }

  get asyncId() {
    return this.#asyncResource.asyncId();
  }

  get triggerAsyncId() {
    return this.#asyncResource.triggerAsyncId();
  }

  get asyncResource() {
    return this.#asyncResource;
  }
}

module.exports = { EventEmitterAsyncResource };
