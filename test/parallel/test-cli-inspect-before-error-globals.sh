#!/bin/bash
# util.inspect (console.log of objects) works the same whether or not the program has read a
# global error constructor yet (Lode sets up V8-style stacks on that first read, and inspect
# does not read one until it shows an error): engine errors, error subclasses, objects whose
# prototype is an error's, the error constructors themselves, and plain values.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

# Plain values and class instances first, then an engine error caught before any read.
out=$("$LODE" -e '
class A {}
console.log(new A(), { a: [1, 2] }, new Map([[1, "x"]]), new Set([1]));
let caught;
try { null.x; } catch (err) { caught = err; }
const text = require("util").inspect(caught);
console.log(text.split("\n")[0].startsWith("TypeError: "), /\n    at /.test(text));') ||
  fail "engine error run"
[ "$out" = $'A {} { a: [ 1, 2 ] } Map(1) { 1 => \'x\' } Set(1) { 1 }\ntrue true' ] ||
  fail "engine error: $out"

# An engine error whose prototype chain no longer reaches Error still shows its stack.
out=$("$LODE" -e '
let caught;
try { undefined.y; } catch (err) { caught = err; }
Object.setPrototypeOf(caught, null);
const text = require("util").inspect(caught);
console.log(text.startsWith("[Error: null prototype]: "), /\n    at /.test(text));') ||
  fail "prototype-less run"
[ "$out" = 'true true' ] || fail "prototype-less error: $out"

# The constructors are the engine's (shown as such), and names come out as in Node.
out=$("$LODE" -e '
const util = require("util");
console.log(util.inspect([URIError, AggregateError]));
class MyError extends Error {}
console.log(util.inspect(new MyError("m")).split("\n")[0]);
console.log(util.inspect(Object.create(TypeError.prototype)).split("\n")[0]);
console.log(util.types.isNativeError(new RangeError("r")), util.types.isNativeError({}));') ||
  fail "constructors run"
want=$'[ [Function: URIError], [Function: AggregateError] ]
MyError: m
[TypeError]
true false'
[ "$out" = "$want" ] || fail "constructors: $out"
exit 0
