#!/bin/bash
# Runs the C unit tests (test/c/*.c), built by `make` next to the lode binary given as $1.
build=$(dirname "$1")
status=0
for t in "$build"/c-tests/*; do
  [ -x "$t" ] || continue
  "$t" || { echo "FAIL $(basename "$t")"; status=1; }
done
ls "$build"/c-tests/* >/dev/null 2>&1 || { echo "no C tests built in $build/c-tests"; exit 1; }
exit $status
