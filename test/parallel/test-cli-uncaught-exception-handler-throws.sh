#!/bin/bash
# An 'uncaughtException' handler that throws ends the process with exit code 7, printing the
# handler's error.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

err=$("$LODE" ../fixtures/core/throw-in-uncaught-handler.js 2>&1 >/dev/null)
code=$?
[ $code -eq 7 ] || fail "exit code $code, expected 7"
[[ $err == *"Error: handler failed"* ]] || fail "stderr: $err"
exit 0
