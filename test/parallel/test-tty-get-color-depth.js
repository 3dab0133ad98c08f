'use strict';
// tty.WriteStream.prototype.getColorDepth(env) depends only on env (Node allows calling it
// on any object): FORCE_COLOR first, then NO_COLOR / NODE_DISABLE_COLORS / TERM=dumb, TMUX,
// CI services, TeamCity, TERM_PROGRAM, COLORTERM, TERM and finally COLORTERM again.
const common = require('../common');
const assert = require('assert');
const tty = require('tty');

const depth = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
const cases = [
  [{}, 1],
  [{ TERM: 'dumb' }, 1],
  [{ TERM: '' }, 1],
  [{ TERM: 'xterm' }, 4],
  [{ TERM: 'XTERM' }, 4],
  [{ TERM: 'xterm-256color' }, 8],
  [{ TERM: 'screen-256color' }, 4],
  [{ TERM: 'tmux-256color' }, 4],
  [{ TERM: 'linux' }, 4],
  [{ TERM: 'vt100' }, 4],
  [{ TERM: 'ansi' }, 4],
  [{ TERM: 'rxvt' }, 4],
  [{ TERM: 'con80x25' }, 4],
  [{ TERM: 'foo-direct' }, 4],
  [{ TERM: 'xterm-truecolor' }, 24],
  [{ TERM: 'mosh' }, 24],
  [{ TERM: 'xterm-kitty' }, 24],
  [{ TERM: 'Terminator' }, 24],
  [{ TERM: 'rxvt-unicode-24bit' }, 24],
  [{ TERM: 'Eterm' }, 4],
  [{ TERM: 'st' }, 4],
  [{ TERM: 'cygwin' }, 4],
  [{ TERM: 'alacritty' }, 1],
  [{ COLORTERM: 'truecolor' }, 24],
  [{ COLORTERM: '24bit' }, 24],
  [{ COLORTERM: 'yes' }, 4],
  [{ COLORTERM: '' }, 1],
  [{ TERM: 'dumb', COLORTERM: 'truecolor' }, 1],
  [{ TMUX: '1' }, 24],
  [{ TMUX: '', TERM: 'xterm' }, 4],
  [{ TMUX: '1', TERM: 'dumb' }, 1],
  [{ CI: '1' }, 1],
  [{ CI: '', TERM: 'xterm' }, 1],
  [{ CI: '1', TERM: 'xterm-256color' }, 1],
  [{ CI: '1', GITHUB_ACTIONS: 'true' }, 24],
  [{ CI: '1', GITEA_ACTIONS: 'true' }, 24],
  [{ CI: '1', CIRCLECI: 'true' }, 24],
  [{ CI: '1', TRAVIS: '1' }, 8],
  [{ CI: '1', GITLAB_CI: '1' }, 8],
  [{ CI: '1', APPVEYOR: '1' }, 8],
  [{ CI: '1', BUILDKITE: '1' }, 8],
  [{ CI: '1', DRONE: '1' }, 8],
  [{ CI: '1', CI_NAME: 'codeship' }, 8],
  [{ CI: '1', JENKINS_URL: 'x' }, 1],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4],
  [{ TEAMCITY_VERSION: '10.0' }, 4],
  [{ TEAMCITY_VERSION: '9.0.1' }, 1],
  [{ TEAMCITY_VERSION: '8.0' }, 1],
  [{ TERM_PROGRAM: 'iTerm.app' }, 8],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, 8],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, 24],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8],
  [{ TERM_PROGRAM: 'HyperTerm' }, 24],
  [{ TERM_PROGRAM: 'MacTerm' }, 24],
  [{ NO_COLOR: '' }, 1],
  [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1],
  [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, 1],
  [{ FORCE_COLOR: '' }, 4],
  [{ FORCE_COLOR: '0' }, 1],
  [{ FORCE_COLOR: '1' }, 4],
  [{ FORCE_COLOR: 'true' }, 4],
  [{ FORCE_COLOR: '2' }, 8],
  [{ FORCE_COLOR: '3' }, 24],
  [{ FORCE_COLOR: '4' }, 1],
  [{ FORCE_COLOR: 'false' }, 1],
  [{ FORCE_COLOR: ' 1' }, 1],
  [{ FORCE_COLOR: '1', TERM: 'dumb' }, 4],
  [{ FORCE_COLOR: '3', NO_COLOR: '1' }, 24],
];
for (const [env, expected] of cases) {
  assert.strictEqual(depth(env), expected, JSON.stringify(env));
}

// The default env is process.env.
const saved = { ...process.env };
for (const key of Object.keys(process.env)) delete process.env[key];
process.env.TERM = 'xterm-256color';
assert.strictEqual(tty.WriteStream.prototype.getColorDepth.call({}), 8);
for (const key of Object.keys(process.env)) delete process.env[key];
Object.assign(process.env, saved);

// FORCE_COLOR=1 overriding NO_COLOR warns, once.
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.message,
                     "The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set.");
}));
assert.strictEqual(depth({ FORCE_COLOR: '1', NO_COLOR: '1' }), 4);
assert.strictEqual(depth({ FORCE_COLOR: '1', NO_COLOR: '1' }), 4);
