#!/bin/bash
# process.stdout.write(string, encoding) writes the bytes the encoding gives, decoded as
# leniently as Buffer.from() decodes (hex stops at a bad pair, base64 skips unknown
# characters); a TypedArray other than Uint8Array is written as its bytes.
LODE=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$LODE" -e '
const w = (s, e) => process.stdout.write(s, e);
w("41424", "hex"); w("|"); w("41zz42", "hex"); w("|"); w("QUI=", "base64"); w("|");
w("Q U I", "base64"); w("|"); w("QUJD", "base64url"); w("|"); w("\u00e9", "latin1"); w("|");
w("\u20ac", "ascii"); w("|"); w("hi", "ucs2"); w("|");
process.stdout.write(new Uint16Array([0x4241]));
process.stdout.setDefaultEncoding("hex"); w("|"); w("43"); // "|" is no hex: nothing.' | od -An -c | tr -s ' ' | tr -d '\n')
expected=' A B | A | A B | A B | A B C | 351 | 254 | h \0 i \0 | A B C'
[ "$out" = "$expected" ] || fail "got: $out"

# Writing after end() fails with ERR_STREAM_WRITE_AFTER_END through the callback and 'error'.
out=$("$LODE" -e '
process.stdout.end("last\n");
process.stdout.on("error", (e) => process.stderr.write(`error ${e.code}\n`));
process.stdout.write("lost\n", (e) => process.stderr.write(`callback ${e.code}\n`));' 2>&1)
expected='last
callback ERR_STREAM_WRITE_AFTER_END
error ERR_STREAM_WRITE_AFTER_END'
[ "$out" = "$expected" ] || fail "write after end: $out"
exit 0
