'use strict';
// node:vm costs: creating a context, running a small script in an existing context
// (a prepared vm.Script and vm.runInContext with its compile), a global read and write from
// inside a context, and vm.runInThisContext. Run by bench/vm.sh under Lode and Node; prints
// one line per case: `name<TAB>ops_per_second` (the best of 3 timed rounds).

const vm = require('vm');

function measure(name, count, fn) {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    fn(count);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, count / seconds);
  }
  console.log(`${name}\t${best.toFixed(0)}`);
}

let sink;

measure('createContext', 300, (n) => {
  for (let i = 0; i < n; i++) sink = vm.createContext({ i });
});

const context = vm.createContext({ a: 1, b: 2, out: 0 });
const script = new vm.Script('out = a + b');
measure('Script.runInContext', 20000, (n) => {
  for (let i = 0; i < n; i++) sink = script.runInContext(context);
});

measure('vm.runInContext', 20000, (n) => {
  for (let i = 0; i < n; i++) sink = vm.runInContext('a + b', context);
});

const loop = new vm.Script('for (let i = 0; i < 1000; i++) out += a;');
measure('1000 global reads+writes', 200, (n) => {
  for (let i = 0; i < n; i++) loop.runInContext(context);
});

measure('vm.runInThisContext', 20000, (n) => {
  for (let i = 0; i < n; i++) sink = vm.runInThisContext('1 + 2');
});

measure('new context + run', 300, (n) => {
  for (let i = 0; i < n; i++) sink = vm.runInNewContext('x * 2', { x: i });
});
