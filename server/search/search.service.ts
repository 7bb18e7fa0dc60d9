import { MAX_SEARCH_HITS } from '../../schema/limits.js';
import type { Viewer } from '../auth/identity.js';
import { badInput } from '../common/errors.js';
import type { OfficeContextService } from '../indicators/office-context.service.js';
import { draftAccessOf } from '../practices/practice.policy.js';
import type { PracticeType } from '../practices/practice.types.js';
import type { PracticesService } from '../practices/practices.service.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import type { ServiceDeps } from '../services.js';
import type { PracticeSearchResult, SearchPracticesArgs } from './search.graphql.js';
import { SearchMiss } from './search-miss.entity.js';
import type { FacetName, SearchIndex } from './search.types.js';

export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly deps: ServiceDeps,
    private readonly practices: PracticesService,
    private readonly officeContext: OfficeContextService,
  ) {}

  get engine() {
    return this.index.engine;
  }

  /** Ratings order answers: the engine hears of this instance's rating writes at once. */
  ratingsChanged(practice: PracticeType): void {
    this.index.ratingsChanged?.(practice.id, practice.rating.average);
  }

  ping(): Promise<void> {
    return this.index.ping();
  }

  async search(viewer: Viewer, args: SearchPracticesArgs, facets?: readonly FacetName[]): Promise<PracticeSearchResult> {
    const started = performance.now();
    if (args.page * args.pageSize > MAX_SEARCH_HITS) {
      throw badInput('page', `Pages reach at most ${MAX_SEARCH_HITS} hits: page × pageSize must not exceed it`);
    }
    const query = args.query.trim();
    const { statuses, usedByOfficesLike, ...facetFilter } = args.filter ?? {};
    const officeNumbers = usedByOfficesLike ? await this.officeContext.officesLike(usedByOfficesLike, 'filter.usedByOfficesLike') : undefined;
    const result = await this.index.search({
      query,
      filter: { ...facetFilter, ...(officeNumbers ? { officeNumbers } : {}), statuses: statuses?.length ? statuses : [PracticeStatus.PUBLISHED] },
      drafts: draftAccessOf(viewer),
      sort: args.sort,
      page: args.page,
      pageSize: args.pageSize,
      facets,
    });

    // The page's practices as rows (without their long texts), then back in the engine's order.
    const practices = await this.practices.byIds(result.hits.map((hit) => hit.id));
    const byId = new Map(practices.map((practice) => [practice.id, practice]));
    const hits = result.hits
      .filter((hit) => byId.has(hit.id))
      .map((hit) => ({ practice: byId.get(hit.id)!, highlight: hit.highlight }));

    if (result.totalHits === 0 && query) await this.recordMiss(viewer, query);
    return {
      engine: this.index.engine,
      totalHits: result.totalHits,
      page: args.page,
      pageSize: args.pageSize,
      tookMs: Math.round(performance.now() - started),
      hits,
      facets: result.facets,
    };
  }

  /** What was looked for in vain, with the searcher's role and region, never the searcher. */
  private async recordMiss(viewer: Viewer, query: string): Promise<void> {
    const miss = new SearchMiss();
    miss.query = query.toLowerCase();
    miss.role = viewer.role;
    miss.regionCode = viewer.regionCode;
    await this.deps.orm.em.fork().persist(miss).flush();
  }
}
