'use strict';
// IP address checks shared by net, dns and dgram (net.isIP, isIPv4, isIPv6), and the text of
// an IPv6 address as inet_ntop() writes it.

// Dotted-decimal IPv4: four numbers 0-255 without leading zeros.
const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Address = `(?:${v4Part}\\.){3}${v4Part}`;
const v4Pattern = new RegExp(`^${v4Address}$`);

// IPv6 in any RFC 4291 text form (with "::" compression or an embedded IPv4 tail),
// optionally followed by a zone index ("%eth0").
const h16 = '[0-9a-fA-F]{1,4}';
const v6Pattern = new RegExp('^(?:' + [
  `(?:${h16}:){7}(?:${h16}|:)`,
  `(?:${h16}:){6}(?:${v4Address}|:${h16}|:)`,
  `(?:${h16}:){5}(?::${v4Address}|(?::${h16}){1,2}|:)`,
  `(?:${h16}:){4}(?:(?::${h16}){0,1}:${v4Address}|(?::${h16}){1,3}|:)`,
  `(?:${h16}:){3}(?:(?::${h16}){0,2}:${v4Address}|(?::${h16}){1,4}|:)`,
  `(?:${h16}:){2}(?:(?::${h16}){0,3}:${v4Address}|(?::${h16}){1,5}|:)`,
  `(?:${h16}:){1}(?:(?::${h16}){0,4}:${v4Address}|(?::${h16}){1,6}|:)`,
  `(?::(?:(?::${h16}){0,5}:${v4Address}|(?::${h16}){1,7}|:))`,
].join('|') + ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(input) {
  return v4Pattern.test(`${input}`);
}

function isIPv6(input) {
  return v6Pattern.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// The text of the eight 16-bit words of an IPv6 address, as inet_ntop() writes it (RFC 5952):
// lowercase hex without leading zeros, the longest run (the first of equal ones) of two or
// more zero words as "::", and the last 32 bits dotted for the IPv4-compatible (::a.b.c.d)
// and IPv4-mapped (::ffff:a.b.c.d) prefixes.
function ipv6WordsToText(words) {
  let best = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) best = -1;
  if (best === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff))) {
    const v4 = `${words[6] >> 8}.${words[6] & 0xff}.${words[7] >> 8}.${words[7] & 0xff}`;
    return bestLength === 6 ? `::${v4}` : `::ffff:${v4}`;
  }
  const hex = (list) => list.map((w) => w.toString(16)).join(':');
  if (best === -1) return hex(words);
  return `${hex(words.slice(0, best))}::${hex(words.slice(best + bestLength))}`;
}

// net.Socket's count of the bytes handed to the system (bytesWritten adds what is queued);
// http's direct response writes add theirs.
const kSocketBytesWritten = Symbol('kBytesWritten');

module.exports = { isIP, isIPv4, isIPv6, ipv6WordsToText, kSocketBytesWritten };
