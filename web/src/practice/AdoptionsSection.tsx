import { BodyShort, Heading, Link, List, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { graphql } from '../graphql';
import type { AdoptionFieldsFragment } from '../graphql/graphql';
import { formatDate, formatNumber } from '../format';
import { ADOPTION_STATUS, FIDELITY_SCALE } from '../labels';
import { DemoTag } from './DemoTag';

export const AdoptionFields = graphql(`
  fragment AdoptionFields on Adoption {
    id
    status
    since
    note
    demo
    fidelity { scale score min max }
    history { id fromStatus toStatus since changedAt reason changedBy fidelity { scale score min max } demo }
    office {
      enhetsnummer
      name
      region { code name }
    }
  }
`);

const byName = (a: string, b: string) => a.localeCompare(b, 'nb');

/** "Metodetrofasthet 98 av 125 (IPS-skalaen (25 punkter))". */
export const fidelityText = (fidelity: { scale: keyof typeof FIDELITY_SCALE; score: number; max: number }) =>
  `Metodetrofasthet ${formatNumber(fidelity.score)} av ${fidelity.max} (${FIDELITY_SCALE[fidelity.scale]})`;

/** "Her brukes den": the offices that consider, pilot, use or stopped using the practice, by region. */
export function AdoptionsSection({ adoptions }: { adoptions: AdoptionFieldsFragment[] }) {
  const regions = new Map<string, { name: string; adoptions: AdoptionFieldsFragment[] }>();
  for (const adoption of adoptions) {
    const { code, name } = adoption.office.region;
    const region = regions.get(code) ?? { name, adoptions: [] };
    region.adoptions.push(adoption);
    regions.set(code, region);
  }
  const sorted = [...regions.entries()].sort(([, a], [, b]) => byName(a.name, b.name));

  return (
    <VStack as="section" aria-labelledby="her-brukes-den" gap="space-12">
      <Heading level="2" size="medium" id="her-brukes-den">
        Her brukes den
      </Heading>
      {sorted.length === 0 && <BodyShort>Ingen kontorer har registrert at de bruker praksisen ennå.</BodyShort>}
      {sorted.map(([code, region]) => (
        <VStack key={code} gap="space-4">
          <Heading level="3" size="small">
            {region.name}
          </Heading>
          <List size="small">
            {region.adoptions
              .sort((a, b) => byName(a.office.name, b.office.name))
              .map((adoption) => (
                <List.Item key={adoption.id}>
                  <Link as={RouterLink} to={`/kontor/${adoption.office.enhetsnummer}`}>
                    {adoption.office.name}
                  </Link>
                  {`: ${ADOPTION_STATUS[adoption.status]} siden ${formatDate(adoption.since)}`}
                  {adoption.fidelity && ` · ${fidelityText(adoption.fidelity)}`}
                  {adoption.demo && (
                    <>
                      {' '}
                      <DemoTag />
                    </>
                  )}
                </List.Item>
              ))}
          </List>
        </VStack>
      ))}
    </VStack>
  );
}
