import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { PracticeSearchResult, SearchPracticesArgs } from './search.graphql.js';

@Resolver()
export class SearchResolver {
  @Query(() => PracticeSearchResult, { description: 'Search as you type: typo-tolerant, Norwegian, with facets' })
  searchPractices(@Args(() => SearchPracticesArgs) args: SearchPracticesArgs, @Ctx() ctx: Context): Promise<PracticeSearchResult> {
    return ctx.search.search(ctx.em, viewerOf(ctx), args);
  }
}
