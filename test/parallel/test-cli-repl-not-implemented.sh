#!/bin/bash
# `lode -i` (and `lode` on a terminal) would start Node's REPL, which Lode does not have yet:
# it must say so with ERR_NOT_IMPLEMENTED and exit 1 rather than wait silently for input.
# Piped standard input still runs as the program.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
case $(basename "$LODE") in node*) exit 0 ;; esac

err=$(echo 'console.log(1)' | "$LODE" -i 2>&1 >/dev/null)
code=$?
[ $code -eq 1 ] || fail "exit code $code"
[[ $err == *"ERR_NOT_IMPLEMENTED"*"The REPL is not implemented in Lode yet"* ]] || fail "stderr: $err"

out=$(echo 'console.log(40 + 2)' | "$LODE")
[ "$out" = 42 ] || fail "piped program printed: $out"
exit 0
