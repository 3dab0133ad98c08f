#!/bin/bash
# process.pid is the process's id and process.ppid its parent's, as the shell sees them.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

# The subshell prints its own pid, then becomes the runtime (same pid), whose parent is this
# shell.
out=$(echo "$BASHPID $$"; exec "$LODE" -e 'console.log(process.pid, process.ppid)')
mapfile -t lines <<<"$out"
read -r subshell_pid _ <<<"${lines[0]}"
[ "${lines[1]}" = "$subshell_pid $$" ] || fail "pid/ppid: '${lines[1]}', expected '$subshell_pid $$'"
exit 0
