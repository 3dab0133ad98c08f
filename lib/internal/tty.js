'use strict';
// The color support of a terminal, from the environment: shared by tty.WriteStream and the
// global console (which answers for process.stdout before that stream exists), so that
// neither needs the other's module.

// Color depths in bits, as getColorDepth() reports them.
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16M = 24;

// TERM values with a known depth (compared lower-cased), then patterns meaning 16 colors.
const kTermDepths = {
  __proto__: null,
  'cons25': COLORS_16, 'console': COLORS_16, 'cygwin': COLORS_16, 'dtterm': COLORS_16,
  'eterm': COLORS_16, 'gnome': COLORS_16, 'hurd': COLORS_16, 'jfbterm': COLORS_16,
  'konsole': COLORS_16, 'kterm': COLORS_16, 'mlterm': COLORS_16, 'putty': COLORS_16,
  'st': COLORS_16, 'mosh': COLORS_16M, 'rxvt-unicode-24bit': COLORS_16M,
  'terminator': COLORS_16M, 'xterm-kitty': COLORS_16M,
};
const kTerm16Patterns = [
  /ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/,
  /^vt100/, /^vt220/,
];
// CI services whose logs show colors: those that render true color, then those with 256.
const kCI16M = ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'];
const kCI256 = ['APPVEYOR', 'BUILDKITE', 'DRONE', 'GITLAB_CI', 'TRAVIS'];

let warnedForcedColors = false;

// The color depth env describes, independent of any terminal: FORCE_COLOR wins, then the
// variables that turn colors off, then what the terminal, the CI service or the terminal
// program is known to show.
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        if (!warnedForcedColors &&
            (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined)) {
          warnedForcedColors = true;
          const name = env.NO_COLOR !== undefined ? 'NO_COLOR' : 'NODE_DISABLE_COLORS';
          process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`);
        }
        return COLORS_16;
      case '2':
        return COLORS_256;
      case '3':
        return COLORS_16M;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_16M;
  if (env.CI !== undefined) {
    if (kCI16M.some((name) => name in env)) return COLORS_16M;
    if (kCI256.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16M;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16M;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16M;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16M;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (kTermDepths[term] !== undefined) return kTermDepths[term];
    if (kTerm16Patterns.some((pattern) => pattern.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// Whether the env supports at least `count` colors (16 by default).
function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    require('internal/validators').validateInteger(count, 'count', 2);
  }
  return count <= 2 ** this.getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
