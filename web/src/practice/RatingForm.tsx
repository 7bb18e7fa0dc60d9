import { TrashIcon } from '@navikt/aksel-icons';
import { Box, Button, Detail, Fieldset, Heading, HGrid, HStack, Radio, RadioGroup, Select, Textarea, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { RATING_LIMITS } from '../../../schema/limits';
import { useMutation } from '../api/operations';
import { ApiError, messageFor } from '../api/errors';
import { graphql } from '../graphql';
import type { PracticeRatingFieldsFragment } from '../graphql/graphql';
import { formatDate } from '../format';
import { DIMENSIONS, SCORE_LABEL, SCORES } from './rating-labels';
import { fieldOf, inputOf, validate, valuesOf, type RatingFormErrors, type RatingFormValues } from './rating-form-state';
import { StatusMessage, type Status } from './StatusMessage';

const RatePracticeDocument = graphql(`
  mutation RatePractice($input: RatePracticeInput!) {
    ratePractice(input: $input) {
      rating { ...RatingCommentFields }
      practice { id ...PracticeRatingFields }
    }
  }
`);

const DeleteMyRatingDocument = graphql(`
  mutation DeleteMyRating($practiceId: ID!) {
    deleteMyRating(practiceId: $practiceId) { id ...PracticeRatingFields }
  }
`);

interface Props {
  practiceId: string;
  myRating: PracticeRatingFieldsFragment['myRating'];
}

/**
 * "Din vurdering": one rating per person and practice, which they can change or delete. The cache
 * takes the answer to every page that shows the practice's ratings.
 */
export function RatingForm({ practiceId, myRating }: Props) {
  const [values, setValues] = useState<RatingFormValues>(() => valuesOf(myRating));
  const [errors, setErrors] = useState<RatingFormErrors>({});
  const rate = useMutation(RatePracticeDocument);
  const deleteRating = useMutation(DeleteMyRatingDocument);
  const busy = rate.fetching ? 'save' : deleteRating.fetching ? 'delete' : null;
  const [status, setStatus] = useState<Status>(null);
  const scoreGroup = useRef<HTMLFieldSetElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const change = (field: keyof RatingFormValues, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const failed = (failure: unknown) => {
    const field = failure instanceof ApiError && failure.code === 'BAD_USER_INPUT' ? fieldOf(failure.field) : undefined;
    if (field) setErrors({ [field]: messageFor(failure) });
    setStatus({ variant: 'error', text: messageFor(failure) });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setStatus(null);
    const found = validate(values);
    setErrors(found);
    if (found.score) return scoreGroup.current?.querySelector('input')?.focus();
    if (found.comment) return document.getElementById('din-kommentar')?.focus();
    try {
      await rate.run({ input: inputOf(practiceId, values) });
      setStatus({ variant: 'success', text: 'Vurderingen er lagret.' });
    } catch (failure) {
      failed(failure);
    }
  };

  const remove = async () => {
    if (busy || !myRating) return;
    setStatus(null);
    try {
      await deleteRating.run({ practiceId });
      setValues(valuesOf(null));
      setErrors({});
      setStatus({ variant: 'success', text: 'Vurderingen er slettet.' });
      // The delete button is gone: keep keyboard focus in the form rather than losing it.
      heading.current?.focus();
    } catch (failure) {
      failed(failure);
    }
  };

  return (
    <Box as="form" onSubmit={save} noValidate aria-labelledby="vurder-praksisen" padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
      <VStack gap="space-20">
        <VStack gap="space-4">
          <Heading level="3" size="small" id="vurder-praksisen" ref={heading} tabIndex={-1}>
            Vurder praksisen
          </Heading>
          <Detail>
            {myRating && `Du vurderte praksisen ${formatDate(myRating.updatedAt)}. Du kan endre eller slette vurderingen. `}
            Andre ser vurderingen sammen med navnet ditt og kontoret ditt.
          </Detail>
        </VStack>
        {/* Aksel's RadioGroup is a radiogroup: the role that carries aria-invalid when the score is missing. */}
        <RadioGroup
          ref={scoreGroup}
          legend="Din vurdering"
          description="Alt i alt: vil du anbefale praksisen til et annet Nav-kontor?"
          value={values.score}
          onChange={(value: string) => change('score', value)}
          error={errors.score}
        >
          {SCORES.map((score) => (
            <Radio key={score} value={String(score)}>
              {`${score} – ${SCORE_LABEL[score]}`}
            </Radio>
          ))}
        </RadioGroup>
        <Fieldset legend="Utdyp vurderingen (valgfritt)" description="Gi gjerne en karakter fra 1 (lavest) til 5 (høyest) på hvert av disse.">
          <HGrid columns={{ xs: 1, md: 3 }} gap="space-16">
            {DIMENSIONS.map(({ key, label, question }) => (
              <Select key={key} label={label} description={question} value={values[key]} onChange={(event) => change(key, event.target.value)} error={errors[key]}>
                <option value="">Ikke vurdert</option>
                {SCORES.map((score) => (
                  <option key={score} value={String(score)}>
                    {score === 1 ? '1 (lavest)' : score === SCORES.length ? `${score} (høyest)` : String(score)}
                  </option>
                ))}
              </Select>
            ))}
          </HGrid>
        </Fieldset>
        <Textarea
          id="din-kommentar"
          label="Kommentar (valgfritt)"
          description="Hva fungerte, og hva bør andre kontorer vite?"
          value={values.comment}
          onChange={(event) => change('comment', event.target.value)}
          maxLength={RATING_LIMITS.commentMax}
          error={errors.comment}
          minRows={3}
        />
        <HStack gap="space-16">
          {/* Buttons stay enabled while saving, so keyboard focus stays on them; a second press is ignored. */}
          <Button type="submit" loading={busy === 'save'} disabled={false}>
            Lagre vurdering
          </Button>
          {myRating && (
            <Button type="button" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={remove} loading={busy === 'delete'} disabled={false}>
              Slett vurdering
            </Button>
          )}
        </HStack>
        <StatusMessage status={status} />
      </VStack>
    </Box>
  );
}
