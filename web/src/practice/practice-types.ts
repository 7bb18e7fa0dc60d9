import type { PracticePageQuery } from '../graphql/graphql';

/** The practice as the page query loads it. */
export type Practice = PracticePageQuery['practice'];

/** Changes the loaded practice in place, without loading the page again. */
export type UpdatePractice = (change: (practice: Practice) => Practice) => void;
