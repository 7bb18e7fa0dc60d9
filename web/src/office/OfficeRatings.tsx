import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useMorePages } from '../api/operations';
import { graphql } from '../graphql';
import type { OfficeRatingPageFieldsFragment } from '../graphql/graphql';
import { PagedList } from '../practice/PagedList';
import { RatingCard } from '../practice/RatingCard';
import { withPage } from '../practice/rating-merge';

export const OfficeRatingPageFields = graphql(`
  fragment OfficeRatingPageFields on RatingConnection {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges {
      node {
        id
        score
        comment
        updatedAt
        author { name }
        practice { slug title }
      }
    }
  }
`);

const OfficeRatingsDocument = graphql(`
  query OfficeRatings($enhetsnummer: ID!, $after: String) {
    office(enhetsnummer: $enhetsnummer) {
      enhetsnummer
      ratings(first: 20, after: $after) { ...OfficeRatingPageFields }
    }
  }
`);

/** "Vurderinger fra kontoret": what the office's people said about practices, newest first. */
export function OfficeRatings({ enhetsnummer, first }: { enhetsnummer: string; first: OfficeRatingPageFieldsFragment }) {
  const more = useMorePages(OfficeRatingsDocument, { enhetsnummer }, (data) => data.office.ratings, first.pageInfo.endCursor);
  const ratings = more.pages.reduce(withPage, first);

  return (
    <VStack as="section" aria-labelledby="vurderinger-fra-kontoret" gap="space-16">
      <Heading level="2" size="medium" id="vurderinger-fra-kontoret">
        Vurderinger fra kontoret
      </Heading>
      <PagedList
        items={ratings.edges.map(({ node }) => ({
          id: node.id,
          content: (
            <RatingCard
              score={node.score}
              comment={node.comment}
              updatedAt={node.updatedAt}
              title={
                <BodyShort weight="semibold">
                  <Link as={RouterLink} to={`/praksis/${node.practice.slug}`}>
                    {node.practice.title}
                  </Link>
                </BodyShort>
              }
            >
              {node.author?.name}
            </RatingCard>
          ),
        }))}
        totalCount={ratings.totalCount}
        hasNextPage={ratings.pageInfo.hasNextPage}
        busy={more.busy}
        error={more.error}
        onMore={more.loadMore}
        empty="Ingen ved kontoret har vurdert praksiser ennå."
      />
    </VStack>
  );
}
