'use strict';
// util.diff(): the shortest edit script between two strings (compared by character) or two
// arrays of strings, by Myers' O(ND) algorithm.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function validateInput(value, name) {
  if (typeof value === 'string') return;
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
    }
  }
}

// The furthest-reaching path of each diagonal k, for every edit distance d, walked back from
// the end into [operation, value] pairs: 0 kept, 1 only in actual, -1 only in expected.
function myers(actual, expected) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) {
        x = v[offset + k + 1];
      } else {
        x = v[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && actual[x] === expected[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, d, offset);
    }
  }
  return [];
}

function backtrack(trace, actual, expected, distance, offset) {
  const result = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = distance; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    let previousK;
    if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) {
      previousK = k + 1;
    } else {
      previousK = k - 1;
    }
    const previousX = d === 0 ? 0 : v[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      result.push([0, actual[--x]]);
      y--;
    }
    if (d > 0) {
      if (x === previousX) {
        result.push([-1, expected[--y]]);
      } else {
        result.push([1, actual[--x]]);
      }
    }
  }
  return result.reverse();
}

/** Returns the differences between `actual` and `expected` as [operation, value] pairs. */
function diff(actual, expected) {
  if (actual === expected) {
    return typeof actual === 'string' ? [...actual].map((c) => [0, c]) :
      actual.map((line) => [0, line]);
  }
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  const a = typeof actual === 'string' ? actual.split('') : actual;
  const b = typeof expected === 'string' ? expected.split('') : expected;
  return myers(a, b);
}

module.exports = { diff };
