import { BodyShort, Heading, Link, List, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { AdoptionStatus, OfficePageQuery } from '../graphql/graphql';
import { formatDate } from '../format';
import { ADOPTION_STATUS } from '../labels';

type Adoption = OfficePageQuery['office']['adoptions'][number];

const ORDER: AdoptionStatus[] = ['IN_USE', 'PILOTING', 'CONSIDERING', 'DISCONTINUED'];

/** The practices the office uses, pilots, considers or stopped using, one group per status. */
export function OfficePractices({ adoptions }: { adoptions: Adoption[] }) {
  const groups = ORDER.map((status) => ({
    status,
    adoptions: adoptions
      .filter((adoption) => adoption.status === status)
      .sort((a, b) => a.practice.title.localeCompare(b.practice.title, 'nb')),
  })).filter((group) => group.adoptions.length > 0);

  return (
    <VStack as="section" aria-labelledby="kontorets-praksiser" gap="space-16">
      <Heading level="2" size="medium" id="kontorets-praksiser">
        Praksiser ved kontoret
      </Heading>
      {groups.length === 0 && <BodyShort>Kontoret har ikke registrert noen praksiser ennå.</BodyShort>}
      {groups.map((group) => (
        <VStack key={group.status} gap="space-4">
          <Heading level="3" size="small">
            {`${ADOPTION_STATUS[group.status]} (${group.adoptions.length})`}
          </Heading>
          <List size="small">
            {group.adoptions.map(({ id, since, practice }) => (
              <List.Item key={id}>
                <Link as={RouterLink} to={`/praksis/${practice.slug}`}>
                  {practice.title}
                </Link>
                {` – siden ${formatDate(since)}`}
                {practice.status === 'ARCHIVED' && (
                  <>
                    {' '}
                    <Tag variant="outline" size="xsmall">
                      Arkivert
                    </Tag>
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
