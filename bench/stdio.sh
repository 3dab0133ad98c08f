#!/bin/bash
# stdio throughput: process.stdout writes into a pipe (small lines, 64 KiB buffers) and a
# file, reading 256 MiB of piped stdin, and stdin.pipe(stdout). Runs each case RUNS times
# under Lode and Node (alternating) and prints the median MB/s of each and the ratio
# Lode/Node (≥ 1.0 = Lode as fast).  Usage: bench/stdio.sh   (env: LODE, NODE, RUNS)
set -e
cd "$(dirname "$0")"
. ./common.sh

run_case() { # binary case
  case $2 in
    stdout-lines|stdout-64k) "$1" stdio.js "$2" 2>>"$3" | cat >/dev/null ;;
    stdout-file-lines) "$1" stdio.js "$2" 2>>"$3" >"$work/file" ;;
    stdin-read) head -c $((256 * 1024 * 1024)) /dev/zero | "$1" stdio.js "$2" 2>>"$3" ;;
    stdin-pipe-stdout) head -c $((256 * 1024 * 1024)) /dev/zero | "$1" stdio.js "$2" 2>>"$3" | cat >/dev/null ;;
  esac
}

cases="stdout-lines stdout-64k stdout-file-lines stdin-read stdin-pipe-stdout"
for i in $(seq 1 "$RUNS"); do
  for c in $cases; do
    run_case "$LODE" "$c" "$work/lode"
    run_case "$NODE" "$c" "$work/node"
  done
done

print_ratios "MB/s" "$work/lode" "$work/node"
