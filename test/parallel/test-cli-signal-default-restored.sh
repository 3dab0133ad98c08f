#!/bin/bash
# A signal listener replaces the default action; removing the last listener restores it:
# SIGTERM then kills the process (status 128 + 15).
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -e '
const keepAlive = setInterval(() => {}, 1000);
process.on("SIGTERM", (signal) => {
  console.log("caught", signal);
  clearInterval(keepAlive);
});
process.kill(process.pid, "SIGTERM");')
code=$?
[ $code -eq 0 ] || fail "with a listener: status $code"
[ "$out" = "caught SIGTERM" ] || fail "with a listener: $out"

out=$("$LODE" -e '
const listener = () => console.log("listener ran");
process.on("SIGTERM", listener);
process.removeListener("SIGTERM", listener);
setTimeout(() => console.log("survived"), 1000);
process.kill(process.pid, "SIGTERM");')
code=$?
[ $code -eq 143 ] || fail "after removing the listener: status $code"
[ -z "$out" ] || fail "after removing the listener: $out"

# removeAllListeners restores the default too.
"$LODE" -e '
process.on("SIGTERM", () => {});
process.on("SIGTERM", () => {});
process.removeAllListeners("SIGTERM");
setTimeout(() => {}, 1000);
process.kill(process.pid, "SIGTERM");'
code=$?
[ $code -eq 143 ] || fail "after removeAllListeners: status $code"
exit 0
