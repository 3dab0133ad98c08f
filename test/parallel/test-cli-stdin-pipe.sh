#!/bin/bash
# process.stdin over a pipe is a Readable: 'data' with Buffers (or strings after
# setEncoding), async iteration, 'end', pause()/resume(), pipe() of a large input; it reads
# only when asked, so an unread stdin never keeps the process alive, and pause() lets it exit.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(printf 'hello\nworld' | "$LODE" -e '
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const all = Buffer.concat(chunks);
  console.log(Buffer.isBuffer(chunks[0]), JSON.stringify(all.toString()), process.stdin.fd);
});')
[ "$out" = 'true "hello\nworld" 0' ] || fail "data events: $out"

out=$(printf 'caf\xc3\xa9' | "$LODE" -e '
(async () => {
  process.stdin.setEncoding("utf8");
  let s = "";
  for await (const c of process.stdin) s += c;
  console.log(typeof s, s.length, s);
})();')
[ "$out" = 'string 4 café' ] || fail "async iteration with setEncoding: $out"

# An empty input just ends.
out=$("$LODE" -e 'process.stdin.on("data", () => console.log("data")).on("end", () => console.log("end"))' </dev/null)
[ "$out" = end ] || fail "empty input: $out"
out=$(printf '' | "$LODE" -e 'process.stdin.on("end", () => console.log("end")).resume()')
[ "$out" = end ] || fail "empty pipe: $out"

# pause() stops the flow; resume() restarts it; readable/read() work too.
out=$({ printf 'a'; sleep 0.3; printf 'b'; } | "$LODE" -e '
let got = "";
process.stdin.setEncoding("latin1");
process.stdin.once("data", (c) => {
  got += c;
  process.stdin.pause();
  setTimeout(() => {
    process.stdin.on("data", (c) => { got += c; });
    process.stdin.resume();
  }, 500);
});
process.stdin.on("end", () => console.log(got, process.stdin.readableEnded));')
[ "$out" = 'ab true' ] || fail "pause/resume: $out"

out=$(printf 'xyz' | "$LODE" -e '
process.stdin.on("readable", () => {
  let c;
  while ((c = process.stdin.read()) !== null) console.log("read", c.toString());
});
process.stdin.on("end", () => console.log("end"));')
[ "$out" = $'read xyz\nend' ] || fail "readable/read: $out"

# A large input piped through to stdout arrives whole.
n=$(head -c 3000000 /dev/zero | "$LODE" -e 'process.stdin.pipe(process.stdout)' | wc -c)
[ "$n" -eq 3000000 ] || fail "pipe through: $n bytes"

# Not reading stdin never holds the process: these end while the writer is still open.
start=$(date +%s%N)
out=$({ sleep 3; } | { "$LODE" -e 'setTimeout(() => console.log("done"), 10); process.stdin;'; date +%s%N; })
[ "${out%%$'\n'*}" = done ] || fail "unread stdin: $out"
ms=$(( (${out##*$'\n'} - start) / 1000000 ))
[ "$ms" -lt 2500 ] || fail "an unread stdin kept the process alive (${ms}ms)"

start=$(date +%s%N)
out=$({ sleep 3; } | { "$LODE" -e '
process.stdin.on("data", () => {});
setTimeout(() => { process.stdin.pause(); console.log("paused"); }, 100);'; date +%s%N; })
[ "${out%%$'\n'*}" = paused ] || fail "pause: $out"
ms=$(( (${out##*$'\n'} - start) / 1000000 ))
[ "$ms" -lt 2500 ] || fail "a paused stdin kept the process alive (${ms}ms)"

# Reading keeps it alive until the end of the input.
out=$({ sleep 0.3; echo late; } | "$LODE" -e 'process.stdin.on("data", (c) => process.stdout.write(c))')
[ "$out" = late ] || fail "reading stdin: $out"

# The program itself can still come from stdin.
out=$(echo 'console.log(typeof process.stdin.on)' | "$LODE" -)
[ "$out" = function ] || fail "lode -: $out"
exit 0
