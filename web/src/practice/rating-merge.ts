// Keeps the loaded list of ratings in step with what the user just did, without loading it again.
import type { RatingCommentFieldsFragment, RatingPageFieldsFragment } from '../graphql/graphql';

type Ratings = RatingPageFieldsFragment;

/** The user's saved rating is now the newest: it goes first, once. */
export function withSaved(ratings: Ratings, rating: RatingCommentFieldsFragment, isNew: boolean): Ratings {
  return {
    ...ratings,
    edges: [{ node: rating }, ...ratings.edges.filter(({ node }) => node.id !== rating.id)],
    totalCount: ratings.totalCount + (isNew ? 1 : 0),
  };
}

export function withoutRating(ratings: Ratings, id: string): Ratings {
  const edges = ratings.edges.filter(({ node }) => node.id !== id);
  return { ...ratings, edges, totalCount: Math.max(0, ratings.totalCount - 1) };
}

/** Adds the next page; a rating already shown (it moved up after an edit) is not shown twice. */
export function withPage<T extends { edges: { node: { id: string } }[] }>(ratings: T, page: T): T {
  const shown = new Set(ratings.edges.map(({ node }) => node.id));
  return { ...page, edges: [...ratings.edges, ...page.edges.filter(({ node }) => !shown.has(node.id))] };
}
