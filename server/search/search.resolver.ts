import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { PracticeSearchResult, SearchPracticesArgs } from './search.graphql.js';
import { FACET_NAMES, type FacetName } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => PracticeSearchResult, { description: 'Search as you type: typo-tolerant, Norwegian, with facets' })
  searchPractices(
    @Args(() => SearchPracticesArgs) args: SearchPracticesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PracticeSearchResult> {
    return ctx.services.search.search(viewerOf(ctx), args, requestedFacets(info));
  }
}

/** The facets the query selects: counting a facet costs a pass over every match, so skip the rest. */
function requestedFacets(info: GraphQLResolveInfo): FacetName[] {
  const result = parseResolveInfo(info) as ResolveTree | null;
  const selected = new Set<string>();
  for (const field of Object.values(result?.fieldsByTypeName.PracticeSearchResult ?? {})) {
    if (field.name !== 'facets') continue;
    for (const facet of Object.values(field.fieldsByTypeName.SearchFacets ?? {})) selected.add(facet.name);
  }
  return FACET_NAMES.filter((name) => selected.has(name));
}
