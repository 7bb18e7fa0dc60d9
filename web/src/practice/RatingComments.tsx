import { Heading, VStack } from '@navikt/ds-react';
import { request } from '../api/client';
import { graphql } from '../graphql';
import type { RatingPageFieldsFragment } from '../graphql/graphql';
import { PagedList } from './PagedList';
import { RatingCard } from './RatingCard';
import { useLoadMore } from './useLoadMore';

export const RatingCommentFields = graphql(`
  fragment RatingCommentFields on Rating {
    id
    score
    comment
    updatedAt
    office { enhetsnummer name }
    author { name }
  }
`);

export const RatingPageFields = graphql(`
  fragment RatingPageFields on RatingConnection {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { ...RatingCommentFields } }
  }
`);

const PracticeRatingsDocument = graphql(`
  query PracticeRatings($slug: String!, $after: String) {
    practice(slug: $slug) {
      id
      ratings(first: 20, after: $after) { ...RatingPageFields }
    }
  }
`);

interface Props {
  slug: string;
  ratings: RatingPageFieldsFragment;
  /** Adds a further page to the ones shown. */
  onMore: (page: RatingPageFieldsFragment) => void;
}

/** Every rating of the practice, newest first, 20 at a time. */
export function RatingComments({ slug, ratings, onMore }: Props) {
  const more = useLoadMore(async (after) => (await request(PracticeRatingsDocument, { slug, after })).practice.ratings, onMore);
  return (
    <VStack gap="space-12">
      <Heading level="3" size="small">
        Hva andre mener
      </Heading>
      <PagedList
        items={ratings.edges.map(({ node }) => ({
          id: node.id,
          content: (
            <RatingCard score={node.score} comment={node.comment} updatedAt={node.updatedAt}>
              {/* Researchers get no author: then nothing is said about the person, only the office. */}
              {[node.author?.name, node.office?.name].filter(Boolean).join(', ')}
            </RatingCard>
          ),
        }))}
        totalCount={ratings.totalCount}
        hasNextPage={ratings.pageInfo.hasNextPage}
        busy={more.busy}
        error={more.error}
        onMore={() => more.loadMore(ratings.pageInfo.endCursor)}
        empty="Ingen har vurdert praksisen ennå."
      />
    </VStack>
  );
}
