import { RATING_LIMITS } from '../../../schema/limits';
import type { PracticeRatingFieldsFragment, RatePracticeInput } from '../graphql/graphql';
import type { Dimension } from './rating-labels';
import { formatNumber } from '../format';

type MyRating = NonNullable<PracticeRatingFieldsFragment['myRating']>;

/** The form's values as the controls hold them: '' for "not chosen". */
export interface RatingFormValues {
  score: string;
  usefulness: string;
  transferability: string;
  observedEffect: string;
  comment: string;
}

export type RatingFormErrors = Partial<Record<keyof RatingFormValues, string>>;

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export const valuesOf = (rating: MyRating | null | undefined): RatingFormValues => ({
  score: text(rating?.score),
  usefulness: text(rating?.usefulness),
  transferability: text(rating?.transferability),
  observedEffect: text(rating?.observedEffect),
  comment: rating?.comment ?? '',
});

export function validate(values: RatingFormValues): RatingFormErrors {
  const errors: RatingFormErrors = {};
  if (!values.score) errors.score = `Velg en vurdering fra ${RATING_LIMITS.scoreMin} til ${RATING_LIMITS.scoreMax}`;
  if (values.comment.length > RATING_LIMITS.commentMax) {
    errors.comment = `Kommentaren kan ha høyst ${formatNumber(RATING_LIMITS.commentMax)} tegn`;
  }
  return errors;
}

const numberOrNull = (value: string) => (value === '' ? null : Number(value));

export const inputOf = (practiceId: string, values: RatingFormValues): RatePracticeInput => ({
  practiceId,
  score: Number(values.score),
  usefulness: numberOrNull(values.usefulness),
  transferability: numberOrNull(values.transferability),
  observedEffect: numberOrNull(values.observedEffect),
  comment: values.comment.trim() || null,
});

/** The form field an API error names ("input.score" → "score"), if it is one of ours. */
export function fieldOf(apiField: string | undefined): keyof RatingFormValues | undefined {
  const name = apiField?.split('.').pop();
  const fields: (keyof RatingFormValues | Dimension)[] = ['score', 'usefulness', 'transferability', 'observedEffect', 'comment'];
  return fields.find((field) => field === name);
}
