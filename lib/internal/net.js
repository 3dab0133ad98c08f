'use strict';
// IP address checks shared by net, dns and dgram (net.isIP, isIPv4, isIPv6).

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

module.exports = { isIP, isIPv4, isIPv6 };
