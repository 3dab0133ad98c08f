'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the WHATWG MIME
// Sniffing standard says (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type).

// internal/errors (with internal/stack, ~6M instructions) is loaded by the first error
// thrown.
const { codes } = require('internal/errors/lazy');

const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const kNotToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedStringCodePoint = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kLeadingWhitespace = /^[\t\n\r ]+/;
const kTrailingWhitespace = /[\t\n\r ]+$/;

// The index of the first code point of `value` that is not an HTTP token code point, or -1.
function invalidTokenIndex(value) {
  const match = kNotToken.exec(value);
  return match === null ? -1 : match.index;
}

// Throws ERR_INVALID_MIME_SYNTAX unless `value` is a non-empty HTTP token.
function validateToken(production, value) {
  if (value === '' || !kToken.test(value)) {
    throw new codes.ERR_INVALID_MIME_SYNTAX(production, value, invalidTokenIndex(value));
  }
}

// Serializes a parameter value: as is when it is a token, else as a quoted string.
function serializeValue(value) {
  if (value !== '' && kToken.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(`${name}`);
  }

  get(name) {
    const value = this.#data.get(`${name}`);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    validateToken('parameter name', name);
    const bad = kNotQuotedStringCodePoint.exec(value);
    if (bad !== null) throw new codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, bad.index);
    this.#data.set(name.toLowerCase(), value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  // Fills the parameters from the text after `type/subtype`, position at its first `;`.
  static parseInto(params, input, position) {
    const data = params.#data;
    const length = input.length;
    while (position < length) {
      position++; // the ';'
      while (position < length && /[\t\n\r ]/.test(input[position])) position++;
      let end = position;
      while (end < length && input[end] !== ';' && input[end] !== '=') end++;
      const name = input.slice(position, end).toLowerCase();
      position = end;
      if (position < length && input[position] === ';') continue;
      if (position >= length) break;
      position++; // the '='
      let value;
      if (input[position] === '"') {
        value = '';
        position++;
        while (position < length) {
          const c = input[position];
          if (c === '"') {
            position++;
            break;
          }
          if (c === '\\') {
            position++;
            if (position >= length) {
              value += '\\';
              break;
            }
          }
          value += input[position];
          position++;
        }
        while (position < length && input[position] !== ';') position++;
      } else {
        end = position;
        while (end < length && input[end] !== ';') end++;
        value = input.slice(position, end).replace(kTrailingWhitespace, '');
        position = end;
        if (value === '') continue;
      }
      if (name !== '' && kToken.test(name) && !kNotQuotedStringCodePoint.test(value) &&
          !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}

const parseParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    string = `${string}`;
    const input = string.replace(kLeadingWhitespace, '').replace(kTrailingWhitespace, '');
    const slash = input.indexOf('/');
    const type = slash === -1 ? input : input.slice(0, slash);
    if (type === '' || slash === -1 || !kToken.test(type)) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('type', string,
                                              slash === -1 ? -1 : invalidTokenIndex(type));
    }
    let end = input.indexOf(';', slash + 1);
    if (end === -1) end = input.length;
    const subtype = input.slice(slash + 1, end).replace(kTrailingWhitespace, '');
    if (subtype === '' || !kToken.test(subtype)) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', string, invalidTokenIndex(subtype));
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParamsInto(this.#params, input, end);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = {
  MIMEParams,
  MIMEType,
};
