import type { PracticePageQuery } from '../graphql/graphql';

/** The practice as the page query loads it. */
export type Practice = PracticePageQuery['practice'];
