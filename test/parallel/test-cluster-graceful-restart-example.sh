#!/bin/bash
# examples/graceful-restart.js on a free port (PORT=0): while the primary replaces its workers
# one at a time (every 300 ms), a client making requests back to back sees no failure; SIGTERM
# stops it all.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
PORT=0 RESTART_EVERY_MS=300 "$LODE" ../../examples/graceful-restart.js >"$tmp/log" 2>&1 &
primary=$!
trap 'kill -9 $primary 2>/dev/null; pkill -9 -P $primary 2>/dev/null; rm -rf "$tmp"' EXIT
# Wait until the workers listen (the primary prints its banner then).
for _ in $(seq 1 200); do grep -q 'workers on' "$tmp/log" && break; sleep 0.05; done
grep -q 'workers on' "$tmp/log" || fail "never listened: $(cat "$tmp/log")"
port=$(sed -n 's|.*workers on http://localhost:\([0-9]*\)/.*|\1|p' "$tmp/log")
"$LODE" -e "
const http = require('http');
const agent = new http.Agent({ keepAlive: false });
let ok = 0, failed = 0;
const end = Date.now() + 2000;
(function next() {
  if (Date.now() > end) {
    console.log(ok + ' ' + failed);
    return;
  }
  http.get({ port: $port, agent }, (res) => {
    res.resume();
    res.on('end', () => { ok += res.statusCode === 200; next(); });
  }).on('error', () => { failed++; next(); });
})();" >"$tmp/client"
read -r ok failed <"$tmp/client"
[ "$failed" = 0 ] || fail "$failed of $((ok + failed)) requests failed: $(cat "$tmp/log")"
[ "$ok" -gt 20 ] || fail "only $ok requests"
grep -q 'replaces' "$tmp/log" || fail "no worker was replaced: $(cat "$tmp/log")"
kill -TERM $primary
wait $primary || fail "primary exit status $?"
exit 0
