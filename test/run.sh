#!/bin/bash
# Runs every test/parallel/*.js and *.sh (or the files given) in its own process with a timeout, two at a
# time, prints OK/FAIL per file with the output of failures, and ends with "N passed, N failed".
LODE=${LODE:-build/lode}
TIMEOUT=${TEST_TIMEOUT:-60}
JOBS=${TEST_JOBS:-2}
dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$dir")
case $LODE in /*) ;; *) LODE="$root/$LODE" ;; esac
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ $# -gt 0 ]; then
  files=()
  for f in "$@"; do files+=("$(realpath "$f")"); done
else
  files=("$dir"/parallel/*.js "$dir"/parallel/*.sh)
fi

run_one() {
  local f=$1 name code
  name=$(basename "$f")
  case $f in
    # Shell tests drive the command line; they get the lode binary as $1.
    *.sh) (cd "$dir/parallel" && timeout "$TIMEOUT" bash "$f" "$LODE") </dev/null >"$out/$name.log" 2>&1 ;;
    *) (cd "$dir/parallel" && timeout "$TIMEOUT" "$LODE" "$f") </dev/null >"$out/$name.log" 2>&1 ;;
  esac
  code=$?
  if [ $code -eq 0 ]; then
    echo "OK   $name"
    touch "$out/$name.pass"
  else
    [ $code -eq 124 ] && echo "(timed out after ${TIMEOUT}s)" >>"$out/$name.log"
    { echo "FAIL $name (exit $code)"; sed 's/^/     | /' "$out/$name.log" | head -40; }
    touch "$out/$name.fail"
  fi
}
export -f run_one
export LODE TIMEOUT out dir

printf '%s\0' "${files[@]}" | xargs -0 -P "$JOBS" -I{} bash -c 'run_one "$1"' _ {}

passed=$(find "$out" -name '*.pass' | wc -l)
failed=$(find "$out" -name '*.fail' | wc -l)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
