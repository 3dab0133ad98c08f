#!/bin/bash
# Running out of file descriptors (ulimit -n 64) while connections pour in: EMFILE errors,
# no crash, and the server accepts again once descriptors are free.
set -e
cd "$(dirname "$0")"
out=$( (ulimit -n 64; "$1" ../fixtures/net-emfile.js) 2>&1 )
echo "$out"
[ "$(echo "$out" | tail -1)" = ok ]
