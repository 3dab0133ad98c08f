'use strict';
// What internal/main/run needs only for some command lines, loaded when one does: -p's
// printing at exit, a fork() child's IPC channel, the program read from standard input (or
// the REPL), --env-file and --import.

// Like Node, -p prints the result when the process exits, after pending work.
function printAtExit(result) {
  process.on('exit', () => {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    process.stdout.write(`${text}\n`);
  });
}

// A child started by fork() (or with stdio 'ipc') talks to its parent over this fd. A
// cluster worker (NODE_UNIQUE_ID) is always such a child.
function setUpForkChild() {
  require('child_process')._forkChild();
  if (process.env.NODE_UNIQUE_ID !== undefined) require('cluster')._setupWorker();
}

// No script: the REPL on a terminal (or with -i); otherwise the program piped to standard
// input.
function runStdin(opts, evalScript) {
  if (opts.interactive ||
      (!opts.forceStdin && internalBinding('fs_core').guessHandleType(0) === 'TTY')) {
    require('internal/repl/cli').startCli();
    return;
  }
  const source = internalBinding('fs_core').readFileUtf8(0);
  require('internal/modules/esm/interop').evalCode('[stdin]', source, opts.print,
                                                   opts.inputType, evalScript);
}

// --env-file / --env-file-if-exists, in order: what the environment already has wins, as
// in Node. A missing --env-file ends the process with Node's message and code 9.
function loadEnvFiles(files, optional) {
  const { loadEnvFile } = require('internal/process/methods');
  for (let i = 0; i < files.length; i++) {
    try {
      loadEnvFile(files[i]);
    } catch (err) {
      if (err?.code !== 'ENOENT') throw err;
      if (optional[i]) {
        process._rawDebug(`${files[i]} not found. Continuing without it.`);
      } else {
        process._rawDebug(`lode: ${files[i]}: not found`);
        process.reallyExit(9);
      }
    }
  }
}

// --import: the modules, in order, each evaluated (top-level await included) before the
// next and before the main entry point; specifiers resolve from the working directory.
function runAfterImports(imports, run) {
  const { importDynamic } = require('internal/modules/esm/loader');
  // The working directory itself is the referrer (errors say "imported from <cwd>/").
  const parent = require('internal/url').pathToFileURL(`${process.cwd()}/`).href;
  let chain = Promise.resolve();
  for (const specifier of imports) {
    chain = chain.then(() => importDynamic(specifier, undefined, parent));
  }
  chain.then(run, (err) => {
    process.nextTick(() => { throw err; });
  });
}

module.exports = { printAtExit, setUpForkChild, runStdin, loadEnvFiles, runAfterImports };
