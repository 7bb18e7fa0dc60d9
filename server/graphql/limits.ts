import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getNamedType, getNullableType, GraphQLError, isListType, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../common/errors.js';
import { ratingStatsCost } from '../research/rating-stats.js';
import type { RatingDimension } from '../research/rating-dimension.js';
import type { RatingStatsFilter } from '../research/rating-stats.types.js';

// Bounds on what one request may ask for. The deepest legitimate query (a region's offices'
// adoptions' practices' ratings' office) is 7 levels.
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
  /** Roughly the number of objects a query may resolve: a full page of 100 practices with their adoptions fits. */
  maxCost: 50_000,
};

/** How many items an unpaged list (a practice's adoptions, a region's offices) is assumed to hold. */
const UNPAGED_LIST_SIZE = 10;

/**
 * Cost = objects the query may resolve: a paged field multiplies its children by `first`, an
 * unpaged list by an estimate; a connection's `edges` is already counted by its parent's `first`.
 */
const objectCountEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * args.first;
  const returnsObjectList = isListType(getNullableType(field.type)) && 'getFields' in getNamedType(field.type);
  if (!returnsObjectList || field.name === 'edges') return 1 + childComplexity;
  return 1 + childComplexity * UNPAGED_LIST_SIZE;
};

/**
 * Fields whose work does not follow the objects they return: each call costs what it reads. Every
 * ratingStats call aggregates thousands of rollup rows or all the ratings (RATING_STATS_COST), so
 * at most four of the first kind or two of the second fit in one request, however many aliases.
 */
const FIELD_COSTS: Record<string, (args: Record<string, unknown>) => number> = {
  'Query.ratingStats': (args) => ratingStatsCost((args.groupBy ?? []) as RatingDimension[], (args.filter ?? {}) as RatingStatsFilter, args.includeDemo === true),
};

const fieldCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const cost = FIELD_COSTS[`${type.name}.${field.name}`];
  return cost ? cost(args) + childComplexity : undefined;
};

const costLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            query: document,
            variables: request.variables,
            operationName: request.operationName,
            estimators: [fieldCostEstimator, objectCountEstimator],
          });
        } catch (error) {
          // The cost is computed before execution, so wrongly typed variables surface here first.
          if (!(error instanceof GraphQLError)) throw error;
          throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
        }
        if (cost > QUERY_LIMITS.maxCost) {
          throw new GraphQLError(`The query costs ${cost}, more than the limit of ${QUERY_LIMITS.maxCost}: ask for fewer or smaller pages`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
          });
        }
      },
    };
  },
};

export function queryLimits(production: boolean): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's parser itself (parseOptions below): armor's own parse turned
    // a plain syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Armor's cost rule ignores page sizes; the object count above is the one we enforce.
    costLimit: { enabled: false },
    // Suggestions ("did you mean …") help developers; in production they map the schema for attackers.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor's types point at Apollo's CommonJS build; the plugins are the same objects.
  return {
    plugins: [...(plugins as unknown as ApolloServerPlugin[]), costLimit],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
