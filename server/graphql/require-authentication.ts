import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { unauthenticated } from '../common/errors.js';
import type { Context } from './context.js';

/** Root fields an anonymous caller may use: signing in (development only), nothing else. */
const ANONYMOUS_FIELDS = new Set(['devLogin', 'devUsers', '__typename']);

/** Every operation but signing in needs a valid token; decided once the operation is known. */
export const requireAuthentication: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.viewer || !operation) return;
        const anonymousOnly = operation.selectionSet.selections.every(
          (selection) => selection.kind === Kind.FIELD && ANONYMOUS_FIELDS.has(selection.name.value),
        );
        if (!anonymousOnly) {
          const error = unauthenticated();
          error.extensions.http = { status: 401 };
          throw error;
        }
      },
    };
  },
};
