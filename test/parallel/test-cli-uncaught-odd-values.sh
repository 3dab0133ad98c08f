#!/bin/bash
# Whatever value is thrown and not caught — a Symbol, null, an object whose toString throws,
# an Error whose stack getter throws, a Proxy that throws on every access, a stack overflow —
# the process prints something on stderr ending with the version line and exits with 1,
# never 7 (which means the uncaught-exception machinery itself failed) or a crash.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
while IFS= read -r code; do
  err=$("$LODE" -e "$code" 2>&1 >/dev/null)
  status=$?
  [ $status -eq 1 ] || fail "exit $status for: $code"$'\n'"$err"
  [[ $err == *"Node.js v"* ]] || fail "no version line for: $code"$'\n'"$err"
done <<'CASES'
throw Symbol('s')
throw null
throw undefined
throw { toString() { throw 1; } }
const e = new Error('x'); Object.defineProperty(e, 'stack', { get() { throw new Error('g'); } }); throw e
throw new Proxy({}, { get() { throw 2; }, getPrototypeOf() { throw 3; } })
function f() { f(); } f()
Promise.reject(new Proxy({}, { get() { throw 4; } }))
CASES
exit 0
