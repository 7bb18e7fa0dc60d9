// Meilisearch's filter grammar, for the fake Meilisearch: enough to refuse what the server refuses
// (a syntax error, an attribute that is not filterable) with the server's error codes.

/**
 * Reads a filter expression as Meilisearch's grammar defines it (conditions joined by AND/OR, NOT,
 * parentheses, `IN [...]`, comparisons, EXISTS, IS NULL/EMPTY, `a TO b`) and returns the
 * attributes it names; throws on a syntax error.
 */
export function parseFilter(expression: string): string[] {
  const tokens = tokenize(expression);
  const attributes: string[] = [];
  let i = 0;
  const peek = () => tokens[i];
  const word = (value: string) => peek()?.kind === 'word' && peek()!.text.toUpperCase() === value;
  const take = () => tokens[i++];
  const expect = (text: string) => {
    const token = take();
    if (!token || token.text !== text) throw new Error(`Was expecting \`${text}\` at position ${token?.at ?? expression.length}.`);
  };
  const value = () => {
    const token = take();
    if (!token || (token.kind !== 'string' && token.kind !== 'word')) throw new Error(`Was expecting a value at position ${token?.at ?? expression.length}.`);
  };
  const condition = () => {
    const token = take();
    if (!token || (token.kind !== 'word' && token.kind !== 'string')) throw new Error(`Was expecting an attribute at position ${token?.at ?? expression.length}.`);
    attributes.push(token.text);
    if (word('IN')) {
      take();
      list();
    } else if (word('NOT')) {
      take();
      if (word('IN')) {
        take();
        list();
      } else if (word('EXISTS')) take();
      else throw new Error(`Was expecting \`IN\` or \`EXISTS\` after \`NOT\` at position ${peek()?.at ?? expression.length}.`);
    } else if (word('EXISTS')) take();
    else if (word('IS')) {
      take();
      if (word('NOT')) take();
      if (!word('NULL') && !word('EMPTY')) throw new Error(`Was expecting \`NULL\` or \`EMPTY\` at position ${peek()?.at ?? expression.length}.`);
      take();
    } else if (peek()?.kind === 'operator') {
      take();
      value();
    } else {
      value();
      if (!word('TO')) throw new Error(`Was expecting an operation \`=\`, \`!=\`, \`>=\`, \`>\`, \`<=\`, \`<\`, \`IN\`, \`NOT IN\`, \`TO\`, \`EXISTS\`, \`NOT EXISTS\`, \`IS NULL\`, \`IS NOT NULL\`, \`IS EMPTY\`, \`IS NOT EMPTY\` at position ${token.at}.`);
      take();
      value();
    }
  };
  const list = () => {
    expect('[');
    if (peek()?.text === ']') {
      take();
      return;
    }
    for (;;) {
      value();
      const next = take();
      if (next?.text === ']') return;
      if (next?.text !== ',') throw new Error(`Expected matching \`]\` after the list at position ${next?.at ?? expression.length}.`);
    }
  };
  const primary = (): void => {
    if (word('NOT')) {
      take();
      primary();
    } else if (peek()?.text === '(') {
      take();
      or();
      expect(')');
    } else condition();
  };
  const and = () => {
    primary();
    while (word('AND')) {
      take();
      primary();
    }
  };
  const or = () => {
    and();
    while (word('OR')) {
      take();
      and();
    }
  };
  or();
  if (i < tokens.length) throw new Error(`Found unexpected characters at the end of the filter: \`${expression.slice(tokens[i].at)}\`. You probably forgot an \`OR\` or an \`AND\` rule.`);
  return attributes;
}

interface Token {
  kind: 'string' | 'word' | 'operator' | 'punct';
  text: string;
  at: number;
}

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const char = expression[i];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '"' || char === "'") {
      const at = i++;
      let text = '';
      for (;;) {
        if (i >= expression.length) throw new Error(`Expression \`${expression.slice(at)}\` is missing the following closing delimiter: \`${char}\`.`);
        if (expression[i] === '\\' && i + 1 < expression.length) {
          text += expression[i + 1];
          i += 2;
        } else if (expression[i] === char) {
          i++;
          break;
        } else text += expression[i++];
      }
      tokens.push({ kind: 'string', text, at });
    } else if ('()[],'.includes(char)) {
      tokens.push({ kind: 'punct', text: char, at: i++ });
    } else if (/[=!<>]/.test(char)) {
      const at = i;
      const text = expression.slice(i, i + 2) === '!=' || expression.slice(i, i + 2) === '>=' || expression.slice(i, i + 2) === '<=' ? expression.slice(i, i + 2) : char;
      if (text === '!') throw new Error(`Was expecting an operation at position ${at}.`);
      i += text.length;
      tokens.push({ kind: 'operator', text, at });
    } else {
      const at = i;
      let text = '';
      while (i < expression.length && !/[\s"'()[\],=!<>]/.test(expression[i])) text += expression[i++];
      tokens.push({ kind: 'word', text, at });
    }
  }
  return tokens;
}
