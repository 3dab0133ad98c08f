'use strict';
// An addon whose own library defines a symbol that a library of the runtime also defines
// (GLib's g_get_prgname here; Lode links GLib through JavaScriptCore, Node does not) calls
// its own copy, as it would under Node: sharp's libvips, which carries its own GLib, needs
// this.
require('../common');
const assert = require('assert');
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const cc = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version']).status === 0);
if (cc === undefined) {
  console.log('1..0 # Skipped: no C compiler');
  process.exit(0);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-napi-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'own.c'),
                 'const char *g_get_prgname(void) { return "own copy"; }\n');
execFileSync(cc, ['-shared', '-fPIC', '-o', path.join(dir, 'libownglib.so'), path.join(dir, 'own.c')]);
const addon = path.join(dir, 'own_glib.node');
execFileSync(cc, ['-shared', '-fPIC', '-I', path.join(__dirname, '..', '..', 'include'), '-o', addon,
                  path.join(__dirname, '..', 'addons', 'napi_own_glib.c'), `-L${dir}`, '-lownglib',
                  `-Wl,-rpath,${dir}`]);
// AddressSanitizer builds can't load addons this way (it refuses RTLD_DEEPBIND).
if (process.config?.variables?.asan) process.exit(0);
assert.strictEqual(require(addon).which(), 'own copy');
