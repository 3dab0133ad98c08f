'use strict';
// TEMPORARY stand-in for internalBinding('transform') (src/bindings/transform.c), used by
// internal/modules/esm/transform only while the C transform does not exist. It follows
// /work/esm-contract.md for the simple, well-formatted code of the loader's own tests
// (statements ending in ';', no shadowing of imported names) and nothing more: no
// TypeScript, no scope analysis. Delete this file once the binding lands.

const { checkSyntax } = internalBinding('contextify');

const keywordsBeforeExpression = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case',
  'do', 'else', 'yield', 'await',
]);

// Splits `src` into tokens { t: 'id'|'p'|'s'|'n'|'r'|'tl', v, s, e, nl }, where nl marks a
// token preceded by a line break.
function tokenize(src) {
  const tokens = [];
  const braces = [];
  let i = 0;
  let nl = false;
  const n = src.length;
  const push = (t, s, e) => {
    tokens.push({ t, v: src.slice(s, e), s, e, nl });
    nl = false;
  };
  const scanTemplate = (start) => {
    // i is just after '`' or '}' of a substitution.
    while (i < n) {
      const c = src[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { i++; push('tl', start, i); return; }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        push('tl', start, i);
        braces.push('t');
        return;
      }
      i++;
    }
    push('tl', start, i);
  };
  while (i < n) {
    const c = src[i];
    if (c === '\n') { nl = true; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      if (src.slice(i, stop).includes('\n')) nl = true;
      i = stop;
      continue;
    }
    const start = i;
    if (/[A-Za-z_$\u0080-\uffff]/.test(c) || c === '#') {
      i++;
      while (i < n && /[\w$\u0080-\uffff]/.test(src[i])) i++;
      push('id', start, i);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1]))) {
      i++;
      while (i < n && /[\w.]/.test(src[i])) i++;
      push('n', start, i);
      continue;
    }
    if (c === '"' || c === '\'') {
      i++;
      while (i < n && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
      i++;
      push('s', start, i);
      continue;
    }
    if (c === '`') {
      i++;
      scanTemplate(start);
      continue;
    }
    if (c === '/') {
      const prev = tokens[tokens.length - 1];
      const isRegex = prev === undefined ||
        (prev.t === 'p' && !/^[)\]}]$/.test(prev.v)) ||
        (prev.t === 'id' && keywordsBeforeExpression.has(prev.v));
      if (isRegex) {
        i++;
        let inClass = false;
        while (i < n && (src[i] !== '/' || inClass)) {
          if (src[i] === '\\') i++;
          else if (src[i] === '[') inClass = true;
          else if (src[i] === ']') inClass = false;
          i++;
        }
        i++;
        while (i < n && /\w/.test(src[i])) i++;
        push('r', start, i);
        continue;
      }
    }
    if (c === '{') { braces.push('b'); i++; push('p', start, i); continue; }
    if (c === '}') {
      if (braces.pop() === 't') {
        i++;
        scanTemplate(start);
        continue;
      }
      i++;
      push('p', start, i);
      continue;
    }
    const three = src.slice(i, i + 3);
    if (three === '...' || three === '===' || three === '!==' || three === '**=' ||
        three === '>>>' || three === '<<=' || three === '>>=' || three === '&&=' ||
        three === '||=' || three === '??=') {
      i += 3;
    } else if (/^(=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|\+=|-=|\*=|\/=|%=|&=|\|=|\^=|\*\*|<<|>>)$/
      .test(src.slice(i, i + 2))) {
      i += 2;
    } else {
      i++;
    }
    push('p', start, i);
  }
  return tokens;
}

function unquote(token) {
  return token.t === 's' ? JSON.parse('"' + token.v.slice(1, -1).replace(/"/g, '\\"') + '"') : token.v;
}

function blank(text) {
  return text.replace(/[^\n]/g, ' ');
}

function compiles(text) {
  try {
    checkSyntax(text);
    return true;
  } catch {
    return false;
  }
}

function transform(source, flags) {
  source = String(source);
  if (flags & 4) {
    const hasStatic = /(^|[;\n}])\s*(import\s*[\w{*'"]|export\s)|import\.meta/.test(source);
    const hasTLA = !compiles(`(function(){${source}\n})`) && compiles(`(async function(){${source}\n})`);
    return { hasModuleSyntax: hasStatic || hasTLA };
  }
  if (source.startsWith('#!')) source = '//' + source.slice(2);
  const tokens = tokenize(source);
  const edits = [];
  const isModule = (flags & 2) !== 0;
  const requests = [];
  const requestKeys = new Map();
  const imports = [];
  const localExports = new Map();
  const reexports = [];
  const starExports = [];
  const importedLocals = new Map();
  const skip = new Set();
  let lineStarts;
  const position = (offset) => {
    lineStarts ??= [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return [line + 1, offset - lineStarts[line]];
  };
  const request = (specToken, attributes) => {
    const specifier = unquote(specToken);
    const key = specifier + '\0' + JSON.stringify(attributes);
    let index = requestKeys.get(key);
    if (index === undefined) {
      index = requests.length;
      requests.push([specifier, attributes]);
      requestKeys.set(key, index);
    }
    return index;
  };
  // Parses `from 'x' [with {...}]` at k; returns [requestIndex, index after].
  const parseFrom = (k) => {
    if (tokens[k]?.v === 'from') k++;
    const specToken = tokens[k++];
    let attributes = null;
    if (tokens[k]?.v === 'with' || tokens[k]?.v === 'assert') {
      attributes = {};
      k += 2;
      while (tokens[k] && tokens[k].v !== '}') {
        const key = unquote(tokens[k]);
        attributes[key] = unquote(tokens[k + 2]);
        k += 3;
        if (tokens[k]?.v === ',') k++;
      }
      k++;
    }
    return [request(specToken, attributes), k];
  };
  const endStatement = (k) => (tokens[k]?.v === ';' ? k + 1 : k);
  const blankTokens = (from, to) => {
    for (let k = from; k < to; k++) skip.add(k);
    const end = to < tokens.length ? tokens[to - 1].e : tokens[tokens.length - 1].e;
    edits.push([tokens[from].s, end, blank(source.slice(tokens[from].s, end))]);
  };
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.t === 'p') {
      if (tok.v === '{' || tok.v === '(' || tok.v === '[') depth++;
      else if (tok.v === '}' || tok.v === ')' || tok.v === ']') depth--;
      continue;
    }
    if (tok.t === 'tl') {
      if (tok.v.endsWith('${')) depth++;
      if (tok.v.startsWith('}')) depth--;
      continue;
    }
    if (tok.t !== 'id') continue;
    const prev = tokens[k - 1];
    if (prev?.v === '.' || prev?.v === '?.') continue;
    const next = tokens[k + 1];
    if (tok.v === 'import' && next?.v === '.') {
      edits.push([tok.s, tokens[k + 2].e, '$lode.meta ']);
      skip.add(k); skip.add(k + 1); skip.add(k + 2);
      continue;
    }
    if (tok.v === 'import' && next?.v === '(') {
      edits.push([tok.s, tok.e, '$lode.imp']);
      skip.add(k);
      continue;
    }
    if (!isModule || depth !== 0) continue;
    if (tok.v === 'import') {
      let j = k + 1;
      if (tokens[j].t === 's') {
        const [, after] = parseFrom(j);
        const end = endStatement(after);
        blankTokens(k, end);
        k = end - 1;
        continue;
      }
      const bindings = [];
      if (tokens[j].t === 'id' && tokens[j].v !== 'from') {
        bindings.push(['default', tokens[j]]);
        j++;
        if (tokens[j].v === ',') j++;
      }
      if (tokens[j].v === '*') {
        bindings.push(['*', tokens[j + 2]]);
        j += 3;
      } else if (tokens[j].v === '{') {
        j++;
        while (tokens[j].v !== '}') {
          const imported = tokens[j];
          let local = imported;
          if (tokens[j + 1].v === 'as') {
            local = tokens[j + 2];
            j += 2;
          }
          bindings.push([unquote(imported), local]);
          j++;
          if (tokens[j].v === ',') j++;
        }
        j++;
      }
      const [index, after] = parseFrom(j);
      for (const [name, local] of bindings) {
        const base = `$lode.n[${index}]`;
        if (name === '*') {
          importedLocals.set(local.v, base);
        } else {
          importedLocals.set(local.v, /^[A-Za-z_$][\w$]*$/.test(name) ?
            `${base}.${name}` : `${base}[${JSON.stringify(name)}]`);
          imports.push([index, name, ...position(local.s)]);
        }
      }
      const end = endStatement(after);
      blankTokens(k, end);
      k = end - 1;
      continue;
    }
    if (tok.v !== 'export') continue;
    if (next.v === 'default') {
      const after = tokens[k + 2];
      const isAsyncFn = after.v === 'async' && tokens[k + 3].v === 'function';
      const fnIndex = isAsyncFn ? k + 3 : k + 2;
      if (tokens[fnIndex].v === 'function' || tokens[fnIndex].v === 'class') {
        let nameIndex = fnIndex + 1;
        if (tokens[nameIndex].v === '*') nameIndex++;
        if (tokens[nameIndex].t === 'id' && tokens[nameIndex].v !== 'extends') {
          localExports.set('default', tokens[nameIndex].v);
          blankTokens(k, k + 2);
          k++;
          continue;
        }
      }
      localExports.set('default', '$lode_default');
      edits.push([tok.s, after.s, '$lode_default='.padEnd(after.s - tok.s, ' ')]);
      skip.add(k); skip.add(k + 1);
      k++;
      continue;
    }
    if (next.v === '*') {
      let j = k + 2;
      let name = null;
      if (tokens[j].v === 'as') {
        name = unquote(tokens[j + 1]);
        j += 2;
      }
      const [index, after] = parseFrom(j);
      if (name === null) starExports.push(index);
      else reexports.push([name, index, '*']);
      const end = endStatement(after);
      blankTokens(k, end);
      k = end - 1;
      continue;
    }
    if (next.v === '{') {
      let j = k + 2;
      const specs = [];
      while (tokens[j].v !== '}') {
        const local = tokens[j];
        let exported = local;
        if (tokens[j + 1].v === 'as') {
          exported = tokens[j + 2];
          j += 2;
        }
        specs.push([unquote(local), unquote(exported)]);
        j++;
        if (tokens[j].v === ',') j++;
      }
      j++;
      if (tokens[j]?.v === 'from') {
        const [index, after] = parseFrom(j);
        for (const [imported, exported] of specs) reexports.push([exported, index, imported]);
        const end = endStatement(after);
        blankTokens(k, end);
        k = end - 1;
      } else {
        for (const [local, exported] of specs) localExports.set(exported, local);
        const end = endStatement(j);
        blankTokens(k, end);
        k = end - 1;
      }
      continue;
    }
    // export declaration
    blankTokens(k, k + 1);
    let j = k + 1;
    if (tokens[j].v === 'async') j++;
    const kind = tokens[j].v;
    if (kind === 'function' || kind === 'class') {
      j++;
      if (tokens[j].v === '*') j++;
      localExports.set(tokens[j].v, tokens[j].v);
      continue;
    }
    // const/let/var a = ..., b = ...;
    j++;
    localExports.set(tokens[j].v, tokens[j].v);
    let d = 0;
    for (j++; j < tokens.length; j++) {
      const v = tokens[j].v;
      if (v === '{' || v === '(' || v === '[') d++;
      else if (v === '}' || v === ')' || v === ']') d--;
      else if (d === 0 && v === ';') break;
      else if (d === 0 && v === ',' && tokens[j + 1]?.t === 'id') {
        localExports.set(tokens[j + 1].v, tokens[j + 1].v);
      }
    }
  }
  // Rewrite references to imported bindings.
  const braceKinds = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (tok.t === 'p' && tok.v === '{') {
      const objectLiteral = prev !== undefined &&
        ((prev.t === 'p' && /^([(,=:[?!&|]|=>|\?\?|&&|\|\|)$/.test(prev.v) && prev.v !== '=>') ||
         (prev.t === 'id' && keywordsBeforeExpression.has(prev.v)));
      braceKinds.push(objectLiteral ? 'o' : 'b');
    } else if (tok.t === 'p' && tok.v === '}') {
      braceKinds.pop();
    }
    if (tok.t !== 'id' || skip.has(k) || !importedLocals.has(tok.v)) continue;
    if (prev?.v === '.' || prev?.v === '?.') continue;
    const next = tokens[k + 1];
    const inObject = braceKinds[braceKinds.length - 1] === 'o';
    if (inObject && (prev?.v === '{' || prev?.v === ',') && next?.v === ':') continue;
    const replacement = importedLocals.get(tok.v);
    if (inObject && (prev?.v === '{' || prev?.v === ',') && (next?.v === ',' || next?.v === '}')) {
      edits.push([tok.s, tok.e, `${tok.v}: ${replacement}`]);
    } else if (next?.v === '(' && prev?.v !== 'new') {
      edits.push([tok.s, tok.e, `(0,${replacement})`]);
    } else {
      edits.push([tok.s, tok.e, replacement]);
    }
  }
  edits.sort((a, b) => a[0] - b[0]);
  let code = '';
  let last = 0;
  for (const [s, e, text] of edits) {
    code += source.slice(last, s) + text;
    last = e;
  }
  code += source.slice(last);
  if (!isModule) return { code };

  const getters = [];
  for (const [exported, local] of localExports) {
    getters.push(`${JSON.stringify(exported)}: () => ${importedLocals.get(local) ?? local}`);
  }
  const needsDefault = localExports.get('default') === '$lode_default';
  const hasTLA = !compiles(`(function(){${code}\n})`) && compiles(`(async function(){${code}\n})`);
  const prologue = `(${hasTLA ? 'async ' : ''}function* ($lode) {'use strict';` +
    `${needsDefault ? 'let $lode_default;' : ''}$lode.x({${getters.join(', ')}});yield;`;
  return {
    code: `${prologue}${code}\n})`,
    prologueLength: prologue.length,
    requests,
    imports,
    localExports: [...localExports.keys()],
    reexports,
    starExports,
    hasTLA,
  };
}

module.exports = { transform };
