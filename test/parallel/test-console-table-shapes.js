'use strict';
// console.table with arrays of objects, primitives, Map, Set, nested arrays and a column filter.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

let out = '';
const stdout = new EventEmitter();
stdout.write = (s) => { out += s; return true; };
const console = new Console({ stdout, colorMode: false });
console.table([{a:1,b:'xyz'},{a:22,c:true}]); console.table([1,2]); console.table({x:{a:1}}, ['a']); console.table(new Map([['k',1]])); console.table(new Set(['s'])); console.table(5); console.table([[1,2],[3]]); console.table([{a:1}, 5]);

assert.strictEqual(out, "┌─────────┬────┬───────┬──────┐\n│ (index) │ a  │ b     │ c    │\n├─────────┼────┼───────┼──────┤\n│ 0       │ 1  │ 'xyz' │      │\n│ 1       │ 22 │       │ true │\n└─────────┴────┴───────┴──────┘\n┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ 0       │ 1      │\n│ 1       │ 2      │\n└─────────┴────────┘\n┌─────────┬───┐\n│ (index) │ a │\n├─────────┼───┤\n│ x       │ 1 │\n└─────────┴───┘\n┌───────────────────┬─────┬────────┐\n│ (iteration index) │ Key │ Values │\n├───────────────────┼─────┼────────┤\n│ 0                 │ 'k' │ 1      │\n└───────────────────┴─────┴────────┘\n┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 's'    │\n└───────────────────┴────────┘\n5\n┌─────────┬───┬───┐\n│ (index) │ 0 │ 1 │\n├─────────┼───┼───┤\n│ 0       │ 1 │ 2 │\n│ 1       │ 3 │   │\n└─────────┴───┴───┘\n┌─────────┬───┬────────┐\n│ (index) │ a │ Values │\n├─────────┼───┼────────┤\n│ 0       │ 1 │        │\n│ 1       │   │ 5      │\n└─────────┴───┴────────┘\n");
