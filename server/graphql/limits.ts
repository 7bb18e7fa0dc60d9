import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

// Bounds on what one request may ask for. The deepest legitimate query (a region's offices'
// adoptions' practices' ratings' office) is 7 levels; lists are already capped by page size.
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 3000,
  maxDirectives: 20,
};

export function queryLimits(production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Suggestions ("did you mean …") help developers; in production they map the schema for attackers.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor's types point at Apollo's CommonJS build; the plugins are the same objects.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
