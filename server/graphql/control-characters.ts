// Strings the API takes at all: none with a control character but tab, line feed and carriage
// return, in any argument or input field, written in the query or passed as a variable. Checked
// once, before anything runs, so that no resolver, statement or search highlight meets one:
// PostgreSQL refuses NUL in text with an error of its own, and U+0001 and U+0002 are the match
// markers of the search engines (search.types.ts), which would otherwise turn into <mark>.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode, type VariableDefinitionNode } from 'graphql';
import { badInput } from '../common/errors.js';

const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

interface Found {
  /** The argument, then the input fields and list positions leading to the string: `input.links.0.title`. */
  path: string;
  character: string;
}

function inString(value: string, path: string): Found | undefined {
  const match = CONTROL_CHARACTER.exec(value);
  return match ? { path, character: match[0] } : undefined;
}

/** A variable's value as the client sent it (JSON). */
function inJson(value: unknown, path: string): Found | undefined {
  if (typeof value === 'string') return inString(value, path);
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = inJson(item, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

interface Variables {
  given: Record<string, unknown>;
  defaults: Map<string, ValueNode>;
}

/** A value written in the query; a variable stands for what the client sent, or its default. */
function inValue(node: ValueNode, path: string, variables: Variables): Found | undefined {
  switch (node.kind) {
    case Kind.STRING:
      return inString(node.value, path);
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = inValue(item, `${path}.${index}`, variables);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = inValue(field.value, `${path}.${field.name.value}`, variables);
        if (found) return found;
      }
      return undefined;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.hasOwn(variables.given, name)) return inJson(variables.given[name], path);
      const fallback = variables.defaults.get(name);
      return fallback && inValue(fallback, path, variables);
    }
    default:
      return undefined;
  }
}

/** The first string argument (or input field) of the document that holds a control character. */
export function findControlCharacter(document: DocumentNode, given: Record<string, unknown> = {}): Found | undefined {
  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node: VariableDefinitionNode) {
      if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
    },
  });
  let found: Found | undefined;
  visit(document, {
    Argument(node) {
      found ??= inValue(node.value, node.name.value, { given, defaults });
      // The value was read above; nothing below an argument is another argument.
      return false;
    },
  });
  return found;
}

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const refuseControlCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const found = findControlCharacter(document, request.variables);
        if (!found) return;
        const error = badInput(found.path, `${found.path} holds the control character ${codePoint(found.character)}: only tab, line feed and carriage return are allowed`);
        // Refused before anything ran, as a request the API cannot take at all.
        error.extensions.http = { status: 400 };
        throw error;
      },
    };
  },
};
