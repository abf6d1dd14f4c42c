/**
 * A small evaluator for GitHub Actions expressions (the `if:` language): literals, property access
 * with `.name`, `['name']` and the `.*` object filter, `!`, `==`, `!=`, `<`, `<=`, `>`, `>=`, `&&`,
 * `||`, parentheses, and contains / startsWith / endsWith. Semantics follow GitHub's documentation:
 * `&&` and `||` return an operand, string comparison ignores case, a missing property is null.
 * Enough to test which events the workflow's label filter lets through.
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

type Token = { kind: 'str' | 'num' | 'ident' | 'op'; text: string };

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][\w-]*)|(==|!=|<=|>=|&&|\|\||[!<>()[\].,*]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`unexpected character at ${at}: ${source.slice(at, at + 10)}`);
    if (m[1] !== undefined) tokens.push({ kind: 'str', text: m[1].slice(1, -1).replaceAll("''", "'") });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'ident', text: m[3] });
    else tokens.push({ kind: 'op', text: m[4] ?? '' });
  }
  return tokens;
}

function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

function loose(v: Value): Value {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function equals(a: Value, b: Value): boolean {
  if (typeof a === typeof b || a === null || b === null) return loose(a) === loose(b);
  const num = (v: Value) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? (v.trim() === '' ? 0 : Number(v)) : NaN);
  return num(a) === num(b);
}

function property(target: Value, name: string): Value {
  if (Array.isArray(target)) return target.map((item) => property(item, name)).filter((v) => v !== null);
  if (target !== null && typeof target === 'object') {
    const key = Object.keys(target).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? null : (target[key] ?? null);
  }
  return null;
}

const FUNCTIONS: Record<string, (...args: Value[]) => Value> = {
  contains: (search, item) =>
    Array.isArray(search)
      ? search.some((element) => equals(element, item ?? null))
      : String(search ?? '').toLowerCase().includes(String(item ?? '').toLowerCase()),
  startsWith: (s, p) => String(s ?? '').toLowerCase().startsWith(String(p ?? '').toLowerCase()),
  endsWith: (s, p) => String(s ?? '').toLowerCase().endsWith(String(p ?? '').toLowerCase()),
};

/** Evaluates an expression (with or without `${{ }}`) against named contexts. */
export function evaluate(expression: string, contexts: Record<string, Value>): Value {
  const source = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = tokenize(source);
  let i = 0;
  const peek = (text: string) => tokens[i]?.kind === 'op' && tokens[i]?.text === text;
  const expect = (text: string) => {
    if (!peek(text)) throw new Error(`expected "${text}" at token ${i} of: ${source}`);
    i++;
  };

  function or(): Value {
    let left = and();
    while (peek('||')) {
      i++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  function and(): Value {
    let left = comparison();
    while (peek('&&')) {
      i++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  function comparison(): Value {
    const left = unary();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (peek(op)) {
        i++;
        const right = unary();
        if (op === '==') return equals(left, right);
        if (op === '!=') return !equals(left, right);
        const [a, b] = [Number(left), Number(right)];
        return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
      }
    }
    return left;
  }
  function unary(): Value {
    if (peek('!')) {
      i++;
      return !truthy(unary());
    }
    return postfix(primary());
  }
  function postfix(value: Value): Value {
    for (;;) {
      if (peek('.')) {
        i++;
        const next = tokens[i++];
        if (next?.kind === 'op' && next.text === '*') {
          value = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? Object.values(value) : [];
        } else if (next?.kind === 'ident') {
          value = property(value, next.text);
        } else throw new Error(`expected a property name after "." in: ${source}`);
      } else if (peek('[')) {
        i++;
        const key = or();
        expect(']');
        value = typeof key === 'number' && Array.isArray(value) ? (value[key] ?? null) : property(value, String(key));
      } else return value;
    }
  }
  function primary(): Value {
    const token = tokens[i++];
    if (!token) throw new Error(`unexpected end of: ${source}`);
    if (token.kind === 'str') return token.text;
    if (token.kind === 'num') return Number(token.text);
    if (token.kind === 'op' && token.text === '(') {
      const value = or();
      expect(')');
      return value;
    }
    if (token.kind === 'ident') {
      if (token.text === 'true' || token.text === 'false') return token.text === 'true';
      if (token.text === 'null') return null;
      if (peek('(')) {
        i++;
        const args: Value[] = [];
        while (!peek(')')) {
          args.push(or());
          if (peek(',')) i++;
        }
        expect(')');
        const fn = Object.entries(FUNCTIONS).find(([name]) => name.toLowerCase() === token.text.toLowerCase())?.[1];
        if (!fn) throw new Error(`unsupported function ${token.text}() in: ${source}`);
        return fn(...args);
      }
      return contexts[token.text] ?? null;
    }
    throw new Error(`unexpected "${token.text}" in: ${source}`);
  }

  const value = or();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]?.text}" in: ${source}`);
  return value;
}

/** Whether a job-level `if:` lets the job run: GitHub adds an implicit success() and treats the result as a boolean. */
export function jobRuns(condition: string | undefined, contexts: Record<string, Value>): boolean {
  return condition === undefined ? true : truthy(evaluate(condition, contexts));
}
