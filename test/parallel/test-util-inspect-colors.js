'use strict';
// util.inspect with colors: the default styles and inspect.colors.
// Expected strings are Node 24's output.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(
  inspect({ a: 'x', b: 1, c: null, d: undefined, e: true, f: Symbol(), g: 1n, h: new Date(0), j: /r/, k() {} }, { colors: true }),
  "{\n  a: \u001b[32m'x'\u001b[39m,\n  b: \u001b[33m1\u001b[39m,\n  c: \u001b[1mnull\u001b[22m,\n  d: \u001b[90mundefined\u001b[39m,\n  e: \u001b[33mtrue\u001b[39m,\n  f: \u001b[32mSymbol()\u001b[39m,\n  g: \u001b[33m1n\u001b[39m,\n  h: \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  j: \u001b[31m/r/\u001b[39m,\n  k: \u001b[36m[Function: k]\u001b[39m\n}");
assert.strictEqual(
  inspect(Array.from({ length: 10 }, (_, k) => k), { colors: true }),
  "[\n  \u001b[33m0\u001b[39m, \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, \u001b[33m3\u001b[39m, \u001b[33m4\u001b[39m,\n  \u001b[33m5\u001b[39m, \u001b[33m6\u001b[39m, \u001b[33m7\u001b[39m, \u001b[33m8\u001b[39m, \u001b[33m9\u001b[39m\n]");
assert.strictEqual(
  inspect([1, , 3], { colors: true }),
  "[ \u001b[33m1\u001b[39m, \u001b[90m<1 empty item>\u001b[39m, \u001b[33m3\u001b[39m ]");
assert.strictEqual(
  inspect(new Map([['a', [1]]]), { colors: true }),
  "Map(1) { \u001b[32m'a'\u001b[39m => [ \u001b[33m1\u001b[39m ] }");
assert.strictEqual(
  inspect({ a: { b: { c: { d: 1 } } } }, { colors: true }),
  "{ a: { b: { c: \u001b[36m[Object]\u001b[39m } } }");
assert.strictEqual(
  inspect(Object.assign(new Number(3), { a: 1 }), { colors: true }),
  "[Number: 3] { a: \u001b[33m1\u001b[39m }");
assert.strictEqual(
  inspect(new Number(3), { colors: true }),
  "\u001b[33m[Number: 3]\u001b[39m");
assert.strictEqual(
  inspect(new String('s'), { colors: true }),
  "\u001b[32m[String: 's']\u001b[39m");
assert.strictEqual(
  JSON.stringify(inspect.colors.red),
  "[31,39]");
assert.strictEqual(
  JSON.stringify(inspect.colors.grey),
  "[90,39]");
assert.strictEqual(
  JSON.stringify(Object.keys(inspect.colors)),
  "[\"reset\",\"bold\",\"dim\",\"italic\",\"underline\",\"blink\",\"inverse\",\"hidden\",\"strikethrough\",\"doubleunderline\",\"black\",\"red\",\"green\",\"yellow\",\"blue\",\"magenta\",\"cyan\",\"white\",\"bgBlack\",\"bgRed\",\"bgGreen\",\"bgYellow\",\"bgBlue\",\"bgMagenta\",\"bgCyan\",\"bgWhite\",\"framed\",\"overlined\",\"gray\",\"redBright\",\"greenBright\",\"yellowBright\",\"blueBright\",\"magentaBright\",\"cyanBright\",\"whiteBright\",\"bgGray\",\"bgRedBright\",\"bgGreenBright\",\"bgYellowBright\",\"bgBlueBright\",\"bgMagentaBright\",\"bgCyanBright\",\"bgWhiteBright\"]");
assert.strictEqual(
  JSON.stringify(Object.entries(inspect.styles)),
  "[[\"special\",\"cyan\"],[\"number\",\"yellow\"],[\"bigint\",\"yellow\"],[\"boolean\",\"yellow\"],[\"undefined\",\"grey\"],[\"null\",\"bold\"],[\"string\",\"green\"],[\"symbol\",\"green\"],[\"date\",\"magenta\"],[\"regexp\",\"red\"],[\"module\",\"underline\"]]");
