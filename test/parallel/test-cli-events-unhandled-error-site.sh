#!/bin/bash
# An 'error' event nobody listens to ends the process with the error's stack followed, as in
# Node, by where it was emitted: "Emitted 'error' event at:" (plain EventEmitter) or
# "Emitted 'error' event on <Class> instance at:" for a subclass.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

err=$("$LODE" -e '
const EventEmitter = require("events");
function emitIt() { new EventEmitter().emit("error", new Error("boom")); }
emitIt();' 2>&1 >/dev/null)
[ $? -eq 1 ] || fail "exit code"
[[ $err == *"Error: boom"* ]] || fail "no error: $err"
[[ $err == *$'\n'"Emitted 'error' event at:"$'\n'"    at emitIt "* ]] || fail "no emit site: $err"

err=$("$LODE" -e '
class Sock extends require("events") {}
new Sock().emit("error", new Error("reset"));' 2>&1 >/dev/null)
[[ $err == *"Emitted 'error' event on Sock instance at:"* ]] || fail "no class name: $err"

# A caught unhandled-'error' throw leaves nothing enumerable behind on the error.
out=$("$LODE" -e '
const EventEmitter = require("events");
const e = new Error("x");
try { new EventEmitter().emit("error", e); } catch {}
console.log(Object.keys(e).length, require("util").inspect(e).includes("Emitted"));')
[ "$out" = "0 false" ] || fail "caught error changed: $out"
exit 0
