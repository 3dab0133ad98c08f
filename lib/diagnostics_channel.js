'use strict';
// node:diagnostics_channel: named channels for publishing diagnostic messages, and
// tracing channels (start, end, asyncStart, asyncEnd, error) around calls.
//
// Channels are looked up by name in a map that holds them weakly, so an unused channel
// can be collected; a channel with subscribers or bound stores is also held strongly,
// so its subscriptions last even when nobody else keeps the object. A subscriber that
// throws does not stop the others: its error is rethrown on the next tick, as an
// uncaught exception. Stores are anything with `run(value, fn)`, such as
// AsyncLocalStorage.

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');
const { validateFunction } = require('internal/validators');

const channels = new Map();
const heldChannels = new Set();
const forgetChannel = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});

function reportError(err) {
  process.nextTick(() => { throw err; });
}

function validateChannelName(name, argName = 'channel') {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE(argName, ['string', 'symbol'], name);
  }
}

class Channel {
  constructor(name) {
    // Node exposes these as own properties (its inspect output shows them).
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  #updateHold() {
    if (this.hasSubscribers) heldChannels.add(this);
    else heldChannels.delete(this);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish() in progress keeps walking the list it started with.
    this._subscribers = [...(this._subscribers ?? []), subscription];
    this.#updateHold();
  }

  unsubscribe(subscription) {
    const index = this._subscribers?.indexOf(subscription) ?? -1;
    if (index === -1) return false;
    const subscribers = [...this._subscribers];
    subscribers.splice(index, 1);
    this._subscribers = subscribers.length > 0 ? subscribers : undefined;
    this.#updateHold();
    return true;
  }

  bindStore(store, transform = undefined) {
    this._stores ??= new Map();
    this._stores.set(store, transform);
    this.#updateHold();
  }

  unbindStore(store) {
    if (this._stores === undefined || !this._stores.has(store)) return false;
    this._stores.delete(store);
    if (this._stores.size === 0) this._stores = undefined;
    this.#updateHold();
    return true;
  }

  get hasSubscribers() {
    return (this._subscribers?.length ?? 0) > 0 || (this._stores?.size ?? 0) > 0;
  }

  publish(message) {
    const subscribers = this._subscribers;
    if (subscribers === undefined) return;
    for (const subscriber of subscribers) {
      try {
        subscriber(message, this.name);
      } catch (err) {
        reportError(err);
      }
    }
  }

  // Runs fn inside every bound store, each given transform(data) (or data), publishes
  // data, and returns what fn returns.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    if (this._stores !== undefined) {
      for (const [store, transform] of this._stores) {
        const next = run;
        run = () => {
          let context = data;
          if (typeof transform === 'function') {
            try {
              context = transform(data);
            } catch (err) {
              reportError(err);
              return next();
            }
          }
          return store.run(context, next);
        };
      }
    }
    return run();
  }
}

// Returns the channel named `name`, creating it the first time.
function channel(name) {
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  validateChannelName(name);
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  forgetChannel.register(created, name);
  return created;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name)?.deref();
  return existing === undefined ? false : existing.hasSubscribers;
}

const tracingEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of tracingEvents) {
        defineTracingEvent(this, event, channel(`tracing:${nameOrChannels}:${event}`));
      }
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of tracingEvents) {
        const given = nameOrChannels[event];
        if (!(given instanceof Channel)) {
          throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', given);
        }
        defineTracingEvent(this, event, given);
      }
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels',
        ['string', 'TracingChannel', 'Object'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return tracingEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of tracingEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of tracingEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      // Run inside asyncStart's stores, so a store can restore the caller's context.
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function defineTracingEvent(tracingChannel, event, target) {
  Object.defineProperty(tracingChannel, event, {
    value: target, writable: false, enumerable: false, configurable: false,
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
