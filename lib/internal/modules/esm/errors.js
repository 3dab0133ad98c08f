'use strict';
// The "file:line / source line / caret" header of errors about a place in a module's source
// (syntax errors from the transform, missing imported names), as Node prints them.

const { kDecorated, sourceContext } = require('internal/process/fatal');

// Puts the header for `file` (a path, URL or eval name whose source internal/stack can
// read), 1-based `line` and `column`, in front of the stack of `err`, unless it has one.
// `blankLine` false leaves out the blank line after the caret, as Node does for link errors.
function decorateErrorAt(err, file, line, column, blankLine = true) {
  if (err === null || typeof err !== 'object' || err[kDecorated]) return;
  let stack;
  try {
    stack = require('internal/stack').toV8Stack(err);
  } catch {
    stack = `${err.name}: ${err.message}`;
  }
  let header = sourceContext(file, line, column);
  if (!blankLine && header.endsWith('\n\n')) header = header.slice(0, -1);
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: header + stack, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(err, kDecorated, { __proto__: null, value: true });
}

module.exports = { decorateErrorAt };
