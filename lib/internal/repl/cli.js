'use strict';
// The REPL that `lode` starts with no script on a terminal, or with -i: evaluates in the
// global scope, keeps its history in ~/.node_repl_history (NODE_REPL_HISTORY names
// another file; empty turns it off) and exits the process when it ends.

function startCli() {
  const repl = require('repl');
  const { env } = process;
  const terminal = env.NODE_NO_READLINE ? false : !!process.stdout.isTTY;
  process.stdout.write(`Welcome to Lode v${process.versions.lode} ` +
                       `(Node.js ${process.version} API).\n` +
                       'Type ".help" for more information.\n');
  const historySize = Number(env.NODE_REPL_HISTORY_SIZE);
  const server = repl.start({
    prompt: '> ',
    terminal,
    useGlobal: true,
    ignoreUndefined: false,
    historySize: Number.isInteger(historySize) && historySize >= 0 ? historySize : 1000,
    replMode: env.NODE_REPL_MODE === 'strict' ? repl.REPL_MODE_STRICT : repl.REPL_MODE_SLOPPY,
  });
  server.on('exit', () => process.exit());
  if (terminal) {
    const historyPath = env.NODE_REPL_HISTORY ??
      require('path').join(require('os').homedir(), '.node_repl_history');
    if (historyPath.trim() !== '') server.setupHistory(historyPath, () => {});
  }
  return server;
}

module.exports = { startCli };
