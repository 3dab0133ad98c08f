'use strict';
// The "file:line / source line / caret" header of errors about a place in a module's source
// (syntax errors from the transform, missing imported names), as Node prints them.

const { kDecorated, sourceContext } = require('internal/process/fatal');

// The length of the name (an identifier or a quoted string) that starts at 1-based `column`
// of `line` of file's source, or 1 when there is none to read.
function nameWidthAt(file, line, column) {
  const src = require('internal/stack/format').sourceLineOf(file, line);
  if (src === undefined) return 1;
  const match = /^(?:'[^'\n]*'|"[^"\n]*"|[\p{ID_Continue}$\u200c\u200d]+)/u.exec(src.slice(column - 1));
  return match === null ? 1 : match[0].length;
}

// Puts the header for `file` (a path, URL or eval name whose source internal/stack can
// read), 1-based `line` and `column`, in front of the stack of `err`, unless it has one.
// `blankLine` false leaves out the blank line after the caret, as Node does for link errors;
// `underlineName` puts a caret under every character of the name at that place.
function decorateErrorAt(err, file, line, column, blankLine = true, underlineName = false) {
  if (err === null || typeof err !== 'object' || err[kDecorated]) return;
  let stack;
  try {
    stack = require('internal/stack').toV8Stack(err);
  } catch {
    stack = `${err.name}: ${err.message}`;
  }
  const width = underlineName ? nameWidthAt(file, line, column) : 1;
  let header = sourceContext(file, line, column, width);
  if (!blankLine && header.endsWith('\n\n')) header = header.slice(0, -1);
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: header + stack, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(err, kDecorated, { __proto__: null, value: true });
}

module.exports = { decorateErrorAt };
