import { Heading, VStack } from '@navikt/ds-react';
import { useMorePages } from '../api/operations';
import { graphql } from '../graphql';
import type { RatingPageFieldsFragment } from '../graphql/graphql';
import { PagedList } from './PagedList';
import { RatingCard } from './RatingCard';
import { withPage } from './rating-merge';

export const RatingCommentFields = graphql(`
  fragment RatingCommentFields on Rating {
    id
    score
    comment
    demo
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
  /** The first page, as the practice page loaded it. */
  ratings: RatingPageFieldsFragment;
}

/** Every rating of the practice, newest first, 20 at a time. */
export function RatingComments({ slug, ratings: first }: Props) {
  const more = useMorePages(PracticeRatingsDocument, { slug }, (data) => data.practice.ratings, first.pageInfo.endCursor);
  const ratings = more.pages.reduce(withPage, first);
  return (
    <VStack gap="space-12">
      <Heading level="3" size="small">
        Hva andre mener
      </Heading>
      <PagedList
        items={ratings.edges.map(({ node }) => ({
          id: node.id,
          content: (
            <RatingCard score={node.score} comment={node.comment} updatedAt={node.updatedAt} demo={node.demo}>
              {/* Researchers get no author: then nothing is said about the person, only the office. */}
              {[node.author?.name, node.office?.name].filter(Boolean).join(', ')}
            </RatingCard>
          ),
        }))}
        totalCount={ratings.totalCount}
        hasNextPage={ratings.pageInfo.hasNextPage}
        busy={more.busy}
        error={more.error}
        onMore={more.loadMore}
        empty="Ingen har vurdert praksisen ennå."
      />
    </VStack>
  );
}
