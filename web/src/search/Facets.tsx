import { Checkbox, CheckboxGroup, VStack } from '@navikt/ds-react';
import type { SearchPracticesQuery } from '../graphql/graphql';
import { EVIDENCE_LEVEL, TARGET_GROUP, THEME } from '../labels';
import type { FacetKey, SearchState } from './search-params';

type Facets = SearchPracticesQuery['searchPractices']['facets'];

interface FacetSpec {
  key: FacetKey;
  legend: string;
  counts: (facets: Facets) => { value: string; count: number }[];
  label: (value: string) => string;
}

export function Facets({
  state,
  facets,
  regionNames,
  hasOffice,
  onChange,
}: {
  state: SearchState;
  facets: Facets | undefined;
  regionNames: Map<string, string>;
  /** The user belongs to an office, so "offices like mine" means something. */
  hasOffice: boolean;
  onChange: (changes: Partial<SearchState>) => void;
}) {
  const specs: FacetSpec[] = [
    { key: 'themes', legend: 'Tema', counts: (f) => f.themes, label: (v) => THEME[v as keyof typeof THEME] ?? v },
    { key: 'targetGroups', legend: 'Målgruppe', counts: (f) => f.targetGroups, label: (v) => TARGET_GROUP[v as keyof typeof TARGET_GROUP] ?? v },
    { key: 'evidenceLevels', legend: 'Kunnskapsgrunnlag', counts: (f) => f.evidenceLevels, label: (v) => EVIDENCE_LEVEL[v as keyof typeof EVIDENCE_LEVEL] ?? v },
    { key: 'regionCodes', legend: 'Fylke (i bruk der)', counts: (f) => f.regions, label: (v) => regionNames.get(v) ?? v },
  ];
  return (
    <VStack gap="space-24" as="section" aria-label="Filtre">
      {hasOffice && (
        <Checkbox size="small" checked={state.likeMyOffice} onChange={(event) => onChange({ likeMyOffice: event.target.checked })}>
          Brukt ved kontorer som ligner mitt
        </Checkbox>
      )}
      {specs.map((spec) => {
        const selected = state[spec.key] as string[];
        const counts = facets ? spec.counts(facets) : [];
        // Chosen values stay visible even when nothing matches them any more.
        const values = [...counts, ...selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
        if (values.length === 0) return null;
        return (
          <CheckboxGroup
            key={spec.key}
            legend={spec.legend}
            size="small"
            value={selected}
            onChange={(value: string[]) => onChange({ [spec.key]: value })}
          >
            {values.map(({ value, count }) => (
              <Checkbox key={value} value={value}>
                {spec.label(value)} ({count})
              </Checkbox>
            ))}
          </CheckboxGroup>
        );
      })}
    </VStack>
  );
}
