// The normalised cache: every practice, rating, adoption, collection and knowledge need is held once,
// so a change the API confirms shows in every place that shows it, on this page and the next.
import { gql } from '@urql/core';
import type { Cache, CacheExchangeOpts, Data, DataField, KeyingConfig } from '@urql/exchange-graphcache';
import { graphql } from '../graphql';
import type { ItemPositionFragment } from '../graphql/graphql';

/** Who the session belongs to: their office's lists change with their ratings and adoptions. */
export interface Viewer {
  office: { enhetsnummer: string } | null;
}

const embedded = () => null;

/**
 * Types without an `id`: offices and regions are known by their own numbers; the rest are parts of
 * their parent (a summary, a page of a list, what the viewer may do) and are kept inside it.
 */
const keys: KeyingConfig = {
  Office: (office) => (typeof office.enhetsnummer === 'string' ? office.enhetsnummer : null),
  Region: (region) => (typeof region.code === 'string' ? region.code : null),
  Indicator: (indicator) => (typeof indicator.code === 'string' ? indicator.code : null),
  ...Object.fromEntries(
    [
      'AdoptionCell',
      'AdoptionMatrix',
      'AdoptionMonth',
      'AdoptionPeriod',
      'ComparisonGroup',
      'IndicatorComparison',
      'IndicatorImportResult',
      'IndicatorLeader',
      'IndicatorLeaders',
      'LeaderPractice',
      'MunicipalityPopulation',
      'OfficeContext',
      'OfficeScorecard',
      'ScorecardIndicator',
      'ScorecardMonth',
      'SimilarOffice',
      'CollectionViewerCan',
      'DevLogin',
      'DevUser',
      'FacetValue',
      'KnowledgeNeedConnection',
      'KnowledgeNeedEdge',
      'KnowledgeNeedViewerCan',
      'MeViewerCan',
      'Outcome',
      'PracticeCost',
      'EvidenceStrength',
      'Fidelity',
      'EvidenceGapMap',
      'GapMapCell',
      'GapMapPractice',
      'PageInfo',
      'PracticeConnection',
      'PracticeEdge',
      'PracticeLink',
      'PracticeSearchHit',
      'PracticeSearchResult',
      'PracticeSpread',
      'PracticeViewerCan',
      'RatePracticePayload',
      'RatingAuthor',
      'RatingConnection',
      'RatingDimensions',
      'RatingEdge',
      'RatingRecordConnection',
      'RatingRecordEdge',
      'RatingStatsGroup',
      'RatingSummary',
      'RegionOverview',
      'RegionViewerCan',
      'RegionalRating',
      'SearchFacets',
      'SearchGap',
      'SearchHighlight',
    ].map((typename) => [typename, embedded]),
  ),
};

/** Drops every cached variant (arguments, pages) of a field: whoever shows it next asks the API. */
function invalidateField(cache: Cache, entity: Data | string, fieldName: string) {
  for (const field of cache.inspectFields(entity)) {
    if (field.fieldName === fieldName) cache.invalidate(entity, field.fieldName, field.arguments ?? undefined);
  }
}

const keysOf = (value: DataField | undefined): string[] => (Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : []);

/** Every collection the cache holds, whether loaded on its own page or in a region's list. */
function cachedCollections(cache: Cache): string[] {
  const found = new Set<string>();
  for (const field of cache.inspectFields('Query')) {
    const value = cache.resolve('Query', field.fieldKey);
    if (field.fieldName === 'collection' && typeof value === 'string') found.add(value);
    if (field.fieldName === 'collections') keysOf(value).forEach((key) => found.add(key));
  }
  return [...found];
}

const ItemPosition = graphql(`
  fragment ItemPosition on CollectionItem {
    id
    position
  }
`);
const ITEM_POSITION = gql<ItemPositionFragment>(ItemPosition.toString());

/** The items in a new order: the moved one at `position`, the others closed up, as the API does it. */
function moveItem(cache: Cache, itemKey: string, position: number) {
  for (const collection of cachedCollections(cache)) {
    const items = keysOf(cache.resolve(collection, 'items'));
    if (!items.includes(itemKey)) continue;
    const rest = items.filter((key) => key !== itemKey);
    rest.splice(position, 0, itemKey);
    cache.link(collection, 'items', rest);
    rest.forEach((key, index) => cache.writeFragment(ITEM_POSITION, { id: String(cache.resolve(key, 'id')), position: index }));
  }
}

export function cacheConfig(viewer: Viewer | null): Partial<CacheExchangeOpts> {
  const viewerOffice = viewer?.office ? { __typename: 'Office', enhetsnummer: viewer.office.enhetsnummer } : null;

  /** A rating changes its practice's list, the rater's office's list and the region's figures. */
  const ratingChanged = (cache: Cache, practiceId: string) => {
    invalidateField(cache, { __typename: 'Practice', id: practiceId }, 'ratings');
    if (viewerOffice) invalidateField(cache, viewerOffice, 'ratings');
    invalidateField(cache, 'Query', 'regionOverview');
  };

  return {
    keys,
    updates: {
      Mutation: {
        ratePractice(result, args: { input: { practiceId: string } }, cache) {
          ratingChanged(cache, args.input.practiceId);
        },
        deleteMyRating(result, args: { practiceId: string }, cache) {
          ratingChanged(cache, args.practiceId);
        },
        setAdoption(result, args: { input: { practiceId: string } }, cache) {
          const adoption = cache.keyOfEntity(result.setAdoption as Data);
          if (!adoption) return;
          const office = cache.resolve(adoption, 'office') as string | null;
          const practice = cache.keyOfEntity({ __typename: 'Practice', id: args.input.practiceId });
          // One status per office and practice: the saved one takes the place of the office's earlier one.
          // The practice page reads its adoptions back whole from the API: linking the new one into the
          // cached list did not reach that page (its query is answered as a cache miss), invalidating does.
          invalidateField(cache, practice!, 'adoptions');
          if (office) {
            for (const field of cache.inspectFields(office).filter((field) => field.fieldName === 'adoptions')) {
              const adoptions = keysOf(cache.resolve(office, field.fieldKey));
              const others = adoptions.filter((key) => key !== adoption && cache.resolve(key, 'practice') !== practice);
              cache.link(office, field.fieldName, field.arguments ?? {}, [...others, adoption]);
            }
          }
          invalidateField(cache, 'Query', 'regionOverview');
        },
        addCollectionItem(result, args: { input: { collectionId: string } }, cache) {
          const item = cache.keyOfEntity(result.addCollectionItem as Data);
          const collection = { __typename: 'Collection', id: args.input.collectionId };
          const items = keysOf(cache.resolve(collection, 'items'));
          if (item && !items.includes(item)) cache.link(collection, 'items', [...items, item]);
        },
        moveCollectionItem(result, args: { itemId: string; position: number }, cache) {
          const item = cache.keyOfEntity({ __typename: 'CollectionItem', id: args.itemId });
          if (item) moveItem(cache, item, args.position);
        },
        createCollection(result, args, cache) {
          invalidateField(cache, 'Query', 'collections');
        },
        deleteCollection(result, args: { id: string }, cache) {
          const deleted = cache.keyOfEntity({ __typename: 'Collection', id: args.id });
          for (const field of cache.inspectFields('Query').filter((field) => field.fieldName === 'collections')) {
            const remaining = keysOf(cache.resolve('Query', field.fieldKey)).filter((key) => key !== deleted);
            cache.link('Query', field.fieldName, field.arguments ?? {}, remaining);
          }
        },
        postKnowledgeNeed(result, args, cache) {
          invalidateField(cache, 'Query', 'knowledgeNeeds');
        },
        proposePractice(result, args, cache) {
          invalidateField(cache, 'Query', 'practices');
        },
        publishPractice(result, args, cache) {
          invalidateField(cache, 'Query', 'practices');
          invalidateField(cache, 'Query', 'searchPractices');
        },
        updatePractice(result, args: { id: string }, cache) {
          // The answer carries only the address: every page that shows the rest asks for it again.
          const practice = { __typename: 'Practice', id: args.id };
          const answered = new Set(['__typename', 'id', 'slug']);
          for (const field of cache.inspectFields(practice)) {
            if (!answered.has(field.fieldName)) cache.invalidate(practice, field.fieldName, field.arguments ?? undefined);
          }
          invalidateField(cache, 'Query', 'searchPractices');
        },
      },
    },
  };
}
