import { BodyShort, Box, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { SearchPracticesQuery } from '../graphql/graphql';
import { EVIDENCE_LEVEL, formatScore, THEME } from '../labels';

type Hit = SearchPracticesQuery['searchPractices']['hits'][number];

/** The API escapes the highlight and adds only <mark> tags, so it is safe to render as HTML. */
const Marked = ({ html }: { html: string }) => <span dangerouslySetInnerHTML={{ __html: html }} />;

/** "Vurdert 4,2 av 5 (12, herav 10 demodata)": demo ratings are counted, and said to be. */
function ratingText({ average, count, demoCount }: Hit['practice']['ratingSummary']): string {
  if (count === 0) return 'Ikke vurdert ennå';
  return `Vurdert ${formatScore(average)} av 5 (${count}${demoCount > 0 ? `, herav ${demoCount} demodata` : ''})`;
}

export function SearchHits({ hits, busy }: { hits: Hit[]; busy: boolean }) {
  return (
    <ol className="plain-list" aria-busy={busy} aria-label="Treff">
      {hits.map(({ practice, highlight }) => (
        <li key={practice.id}>
          <Box padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
            <VStack gap="space-8">
              <Heading level="3" size="small">
                <Link as={RouterLink} to={`/praksis/${practice.slug}`}>
                  <Marked html={highlight.title} />
                </Link>
              </Heading>
              <BodyShort>
                <Marked html={highlight.summary} />
              </BodyShort>
              <HStack gap="space-8" align="center">
                <Tag size="small" variant="info">
                  {EVIDENCE_LEVEL[practice.evidenceLevel]}
                </Tag>
                {practice.themes.slice(0, 3).map((theme) => (
                  <Tag key={theme} size="small" variant="neutral">
                    {THEME[theme]}
                  </Tag>
                ))}
              </HStack>
              <Detail>
                {ratingText(practice.ratingSummary)}
                {` · Prøves ut eller er i bruk ved ${practice.adoptionCount} ${practice.adoptionCount === 1 ? 'kontor' : 'kontorer'}`}
                {` · Fra ${practice.originOffice.name}`}
              </Detail>
            </VStack>
          </Box>
        </li>
      ))}
    </ol>
  );
}
