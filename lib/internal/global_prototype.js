'use strict';
// A realm's global object takes a new [[Prototype]] in Node (jsdom gives its window one);
// JavaScriptCore's refuse any. allowGlobalPrototype(Object, Reflect) wraps that realm's
// Object.setPrototypeOf, Reflect.setPrototypeOf and __proto__ setter: where the engine
// refuses a global object, the language's own checks run and the binding makes the change.

const { isGlobalObject, setGlobalPrototype } = internalBinding('contextify');
const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf, isExtensible } = Object;

// Why global may not take proto ('' if it may): [[SetPrototypeOf]]'s checks.
function refusal(global, proto) {
  if (!isExtensible(global)) return '#<Object> is not extensible';
  for (let p = proto; p !== null; p = getPrototypeOf(p)) {
    if (p === global) return 'Cyclic __proto__ value';
  }
  return '';
}

// After the engine refused: true if o was a global object and now has proto; throws
// TypeError if it was one that may not take proto; false if it was not one.
function setGlobal(o, proto) {
  if (!isGlobalObject(o) || (typeof proto !== 'object' && typeof proto !== 'function')) {
    return false;
  }
  const why = refusal(o, proto);
  if (why !== '') throw new TypeError(why);
  return setGlobalPrototype(o, proto);
}

function allowGlobalPrototype(RealmObject, RealmReflect) {
  const objectSet = RealmObject.setPrototypeOf;
  const reflectSet = RealmReflect.setPrototypeOf;
  const protoAccessor = getOwnPropertyDescriptor(RealmObject.prototype, '__proto__');
  const protoSet = protoAccessor.set;
  const wrappers = {
    setPrototypeOf(o, proto) {
      try {
        return objectSet(o, proto);
      } catch (err) {
        if (!setGlobal(o, proto)) throw err;
        return o;
      }
    },
    setPrototypeOfReflect(o, proto) {
      if (reflectSet(o, proto)) return true;
      try {
        return setGlobal(o, proto);
      } catch {
        return false;
      }
    },
    set __proto__(proto) {
      try {
        protoSet.call(this, proto);
      } catch (err) {
        if (!setGlobal(this, proto)) throw err;
      }
    },
  };
  const reflectWrapper = wrappers.setPrototypeOfReflect;
  defineProperty(reflectWrapper, 'name', { value: 'setPrototypeOf' });
  defineProperty(RealmObject, 'setPrototypeOf', { value: wrappers.setPrototypeOf });
  defineProperty(RealmReflect, 'setPrototypeOf', { value: reflectWrapper });
  protoAccessor.set = getOwnPropertyDescriptor(wrappers, '__proto__').set;
  defineProperty(RealmObject.prototype, '__proto__', protoAccessor);
}

module.exports = { allowGlobalPrototype };
