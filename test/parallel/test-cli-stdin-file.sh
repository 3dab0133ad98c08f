#!/bin/bash
# process.stdin from a file (`< file`) is an fs.ReadStream on fd 0: data events, async
# iteration and 'end' work; a closed stdin (`<&-`) is an empty stream.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'line 1\nline 2\n' >"$tmp/in"
out=$("$LODE" -e '
const fs = require("fs");
let n = 0;
process.stdin.on("data", (c) => { n += c.length; });
process.stdin.on("end", () => console.log(n, process.stdin instanceof fs.ReadStream, process.stdin.fd));' <"$tmp/in")
[ "$out" = '14 true 0' ] || fail "data events: $out"

out=$("$LODE" -e '
(async () => {
  process.stdin.setEncoding("utf8");
  let s = "";
  for await (const c of process.stdin) s += c;
  console.log(JSON.stringify(s));
})();' <"$tmp/in")
[ "$out" = '"line 1\nline 2\n"' ] || fail "async iteration: $out"

head -c 1000000 /dev/zero >"$tmp/big"
n=$("$LODE" -e 'process.stdin.pipe(process.stdout)' <"$tmp/big" | wc -c)
[ "$n" -eq 1000000 ] || fail "pipe of a file: $n"

out=$("$LODE" -e '
process.stdin.on("data", () => console.log("data")).on("end", () => console.log("end"));' <&-)
[ "$out" = end ] || fail "closed stdin: $out"
exit 0
