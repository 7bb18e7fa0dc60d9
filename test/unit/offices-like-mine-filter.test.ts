import { describe, expect, it } from 'vitest';
import { buildFilter } from '../../server/search/meilisearch/meilisearch-filter.js';
import { PracticeStatus } from '../../server/practices/vocabulary.js';

describe('the Meilisearch filter for "used by offices like mine"', () => {
  const drafts = { all: false };

  it('keeps practices piloted or used by any of the offices, quoted as filter strings', () => {
    const clauses = buildFilter({ statuses: [PracticeStatus.PUBLISHED], officeNumbers: ['0602', '1001'], themes: ['HOUSING' as never] }, drafts);
    expect(clauses).toEqual(['status IN ["PUBLISHED"]', 'officeNumbers IN ["0602", "1001"]', 'themes IN ["HOUSING"]']);
  });

  it('keeps the clause in every facet count: it is not a facet', () => {
    const clauses = buildFilter({ statuses: [PracticeStatus.PUBLISHED], officeNumbers: ['0602'], themes: ['HOUSING' as never] }, drafts, 'themes');
    expect(clauses).toEqual(['status IN ["PUBLISHED"]', 'officeNumbers IN ["0602"]']);
  });

  it('matches nothing when there are no offices like it', () => {
    expect(buildFilter({ statuses: [PracticeStatus.PUBLISHED], officeNumbers: [] }, drafts)).toBeNull();
  });
});
