#!/bin/bash
# The global error constructors behave as in Node whatever a program does with them first
# (Lode sets up V8-style stacks when one is first read): assigning one, throwing an engine
# error, reading Error.stackTraceLimit, subclassing, and errors made by a built-in.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

# An assignment before any read replaces the global; the others still work.
out=$("$LODE" -e '
RangeError = 5;
const d = Object.getOwnPropertyDescriptor(globalThis, "RangeError");
const e = new TypeError("t");
console.log(RangeError, d.value, d.writable, d.enumerable, d.configurable,
            e instanceof Error, e.stack.split("\n")[0]);') || fail "assignment run"
[ "$out" = "5 5 true false true true TypeError: t" ] || fail "assignment: $out"

# An engine error thrown before any global constructor is read.
out=$("$LODE" -e '
let caught;
try { null.x; } catch (err) { caught = err; }
console.log(caught instanceof TypeError, caught.constructor === TypeError,
            Error.stackTraceLimit);') || fail "engine error run"
[ "$out" = "true true 10" ] || fail "engine error: $out"

# Stacks in V8's format from the first error on, and for a subclass.
out=$("$LODE" -e '
function inner() { return new Error("x"); }
class MyError extends Error {}
const lines = inner().stack.split("\n");
console.log(lines[0], /^    at inner \(/.test(lines[1]), new MyError("m") instanceof Error,
            typeof Error.captureStackTrace);') || fail "stack run"
[ "$out" = "Error: x true true function" ] || fail "stack: $out"

# An error made by a built-in (bad argument) before the program touched any constructor.
out=$("$LODE" -e '
try { process.nextTick(1); } catch (err) {
  console.log(err.code, err.name, /nextTick/.test(err.stack.split("\n")[1]));
}') || fail "built-in run"
[ "$out" = "ERR_INVALID_ARG_TYPE TypeError true" ] || fail "built-in: $out"

# Uncaught errors still print with the source line and V8-style frames.
err=$("$LODE" -e 'function boom() { throw new Error("uncaught"); }
boom();' 2>&1 >/dev/null)
[[ $err == *"Error: uncaught"*"    at boom ("* ]] || fail "uncaught: $err"
exit 0
