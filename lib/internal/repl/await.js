'use strict';
// What the REPL needs to know about the text of an input before running it: whether a
// syntax error means "not finished yet" (more lines may fix it), and how to run input with
// top-level `await` (as an async function whose declarations stay visible afterwards).

// Scans code as JavaScript tokens well enough to split it: calls onToken(kind, start, end,
// depth) for every word, punctuator and bracket outside strings, comments and templates
// (kind 'word', 'punct', 'open', 'close'), and returns the state at the end of the text.
function scan(code, onToken) {
  let depth = 0;
  const templates = []; // brace depths at which a `${` of a template was opened
  let last = ''; // the last significant punctuator or 'word', for regex detection
  let i = 0;
  const n = code.length;
  const state = { string: null, template: false, comment: false, depth: 0, backslash: false };
  const readTemplate = () => {
    // i is just past a ` or a } that closed ${: read up to ` (done) or ${ (expression).
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        return true;
      } else if (c === '$' && code[i + 1] === '{') {
        i += 2;
        templates.push(++depth);
        return true;
      } else {
        i++;
      }
    }
    state.template = true;
    return false;
  };
  while (i < n) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < n && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) {
        state.comment = true;
        break;
      }
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      if (j >= n || code[j] === '\n') {
        state.string = c;
        state.backslash = /\\\n?$/.test(code.slice(i, j >= n ? n : j + 1));
        break;
      }
      i = j + 1;
      last = 'word';
    } else if (c === '`') {
      i++;
      if (!readTemplate()) break;
      last = templates.length && templates[templates.length - 1] === depth ? '(' : 'word';
    } else if (c === '/' && (last === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(last) ||
                             /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(last))) {
      // A regular expression literal.
      let j = i + 1;
      let klass = false;
      while (j < n && code[j] !== '\n' && (klass || code[j] !== '/')) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') klass = true;
        else if (code[j] === ']') klass = false;
        j++;
      }
      i = j + 1;
      while (i < n && /[\w$]/.test(code[i])) i++;
      last = 'word';
    } else if (/[\w$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(code[j])) j++;
      const word = code.slice(i, j);
      onToken?.('word', i, j, depth);
      last = /^\d/.test(word) ? 'word' : word;
      i = j;
    } else if (c === '(' || c === '[' || c === '{') {
      onToken?.('open', i, i + 1, depth);
      depth++;
      last = c;
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (c === '}' && templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        depth--;
        i++;
        if (!readTemplate()) break;
        last = 'word';
        continue;
      }
      depth--;
      onToken?.('close', i, i + 1, depth);
      last = c === ')' || c === ']' ? 'word' : '}';
      i++;
    } else {
      onToken?.('punct', i, i + 1, depth);
      last = c;
      i++;
    }
  }
  state.depth = depth;
  return state;
}

// Whether a SyntaxError thrown by compiling code means the input is only unfinished: an
// open bracket, template or comment at the end (not a string left open on its line).
function isRecoverable(err, code) {
  if (!/Unexpected end of script|Unexpected EOF|not closed properly|Unterminated/.test(err?.message)) {
    return false;
  }
  const state = scan(code);
  if (state.string !== null) return state.backslash;
  return true;
}

// The top-level statements of code as [start, end] pairs, split at `;` outside brackets.
function topLevelStatements(code) {
  const statements = [];
  let start = 0;
  scan(code, (kind, s, e, depth) => {
    if (depth === 0 && kind === 'punct' && code[s] === ';') {
      statements.push([start, s]);
      start = e;
    }
  });
  if (code.slice(start).trim() !== '') statements.push([start, code.length]);
  return statements.filter(([s, e]) => code.slice(s, e).trim() !== '');
}

// The names bound by a declaration's binding list (`a = 1, {b, c: d} = x, [e, ...f]`).
function boundNames(list) {
  const names = [];
  // Collect, per top-level comma-separated declarator, the names of its target.
  const targets = splitTopLevel(list, ',').map((d) => splitTopLevel(d, '=')[0].trim());
  for (const target of targets) collectPatternNames(target, names);
  return names;
}

// Splits text at top-level occurrences of ch (outside brackets, strings and templates);
// for '=' only a lone `=` (not `==`, `=>`, `<=`...) splits.
function splitTopLevel(text, ch) {
  const parts = [];
  let start = 0;
  scan(text, (kind, s, e, depth) => {
    if (depth !== 0 || kind !== 'punct' || text[s] !== ch) return;
    if (ch === '=' && (/[=!<>+\-*/%&|^?]/.test(text[s - 1] ?? '') || /[=>]/.test(text[s + 1] ?? ''))) return;
    parts.push(text.slice(start, s));
    start = e;
  });
  parts.push(text.slice(start));
  return parts;
}

function collectPatternNames(target, names) {
  target = target.trim();
  if (target.startsWith('...')) target = target.slice(3).trim();
  if (/^[A-Za-z_$][\w$]*$/.test(target)) {
    names.push(target);
    return;
  }
  const open = target[0];
  if ((open !== '{' && open !== '[') || target.length < 2) return;
  for (let element of splitTopLevel(target.slice(1, -1), ',')) {
    element = splitTopLevel(element, '=')[0].trim();
    if (element === '') continue;
    if (open === '{') {
      const colon = splitTopLevel(element, ':');
      element = colon.length > 1 ? colon.slice(1).join(':') : colon[0];
    }
    collectPatternNames(element, names);
  }
}

const statementKeyword = /^(?:if|for|while|do|switch|try|function|class|return|throw|break|continue|import|export|async\s+function|\{)/;

// Rewrites input with top-level await as `let <names>; (async () => { ... })()`: each
// top-level const/let/var declaration becomes an assignment to a name declared outside, so
// later inputs see it, and the value of a final expression statement is returned. Returns
// null when the result doesn't compile either.
function rewriteTopLevelAwait(code) {
  const { checkSyntax } = internalBinding('contextify');
  const statements = topLevelStatements(code);
  if (statements.length === 0) return null;
  const declared = { let: [], var: [] };
  const body = [];
  statements.forEach(([s, e], index) => {
    const text = code.slice(s, e);
    const decl = /^(\s*)(const|let|var)(\s+)/.exec(text);
    if (decl !== null) {
      const list = text.slice(decl[0].length);
      declared[decl[2] === 'var' ? 'var' : 'let'].push(...boundNames(list));
      body.push(`${decl[1]}void (${list});`);
    } else if (index === statements.length - 1 && !statementKeyword.test(text.trim())) {
      body.push(`return (${text}\n);`);
    } else {
      body.push(`${text};`);
    }
  });
  const head = Object.entries(declared).map(([kind, names]) =>
    (names.length ? `${kind} ${[...new Set(names)].join(', ')}; ` : '')).join('');
  const rewritten = `${head}(async () => { ${body.join('')}\n})()`;
  try {
    checkSyntax(rewritten);
  } catch {
    return null;
  }
  return rewritten;
}

module.exports = { isRecoverable, rewriteTopLevelAwait };
