import { BodyShort, Button, Heading, Select, Textarea, VStack } from '@navikt/ds-react';
import { ADOPTION_LIMITS } from '../../../schema/limits';
import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/operations';
import { messageFor } from '../api/errors';
import { graphql } from '../graphql';
import type { AdoptionFieldsFragment, AdoptionStatus, PracticeKind } from '../graphql/graphql';
import { formatDate } from '../format';
import { ADOPTION_STATUS } from '../labels';
import { StatusMessage, type Status } from './StatusMessage';

const SetAdoptionDocument = graphql(`
  mutation SetAdoption($input: SetAdoptionInput!) {
    setAdoption(input: $input) {
      ...AdoptionFields
      practice { id slug title status adoptionCount }
    }
  }
`);

const STATUSES: AdoptionStatus[] = ['CONSIDERING', 'PILOTING', 'IN_USE', 'DISCONTINUED'];

interface Props {
  practiceId: string;
  /** A statutory practice is recorded as how the office works with it; it cannot be stopped. */
  kind: PracticeKind;
  office: { enhetsnummer: string; name: string };
  /** The office's adoption of this practice, if it has one. */
  current: AdoptionFieldsFragment | undefined;
}

/**
 * "Vårt kontor": records whether the user's office considers, pilots, uses or stopped using the
 * practice. The cache takes the saved status to the practice's and the office's lists.
 */
export function OurOfficeSection({ practiceId, kind, office, current }: Props) {
  const [value, setValue] = useState<AdoptionStatus | ''>(current?.status ?? '');
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const statuses = kind === 'STATUTORY' ? STATUSES.filter((option) => option !== 'DISCONTINUED') : STATUSES;
  const setAdoption = useMutation(SetAdoptionDocument);
  const busy = setAdoption.fetching;
  const [status, setStatus] = useState<Status>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setStatus(null);
    if (!value) {
      setError('Velg en status for kontoret');
      return;
    }
    setError(undefined);
    if (value === 'DISCONTINUED' && !reason.trim()) {
      setReasonError('Skriv hvorfor kontoret sluttet');
      return;
    }
    setReasonError(undefined);
    try {
      // Saving the status it already has keeps its date; a new status starts today.
      const since = value === current?.status ? current.since : undefined;
      const stopping = value === 'DISCONTINUED';
      const data = await setAdoption.run({ input: { practiceId, status: value, since, reason: stopping ? reason.trim() : undefined } });
      setStatus({ variant: 'success', text: `Statusen er lagret: ${office.name} – ${ADOPTION_STATUS[data.setAdoption.status]}.` });
    } catch (failure) {
      setStatus({ variant: 'error', text: messageFor(failure) });
    }
  };

  return (
    <VStack as="section" aria-labelledby="vart-kontor" gap="space-12">
      <Heading level="2" size="medium" id="vart-kontor">
        Vårt kontor
      </Heading>
      <BodyShort>
        {current
          ? `${office.name} har registrert praksisen som «${ADOPTION_STATUS[current.status]}» siden ${formatDate(current.since)}.`
          : `${office.name} har ikke registrert noe om denne praksisen ennå.`}
      </BodyShort>
      <form onSubmit={save} noValidate>
        <VStack gap="space-16" align="start">
          <Select
            label={`Status for ${office.name}`}
            description="Vis andre kontorer at dere vurderer, prøver ut eller bruker praksisen."
            value={value}
            error={error}
            onChange={(event) => {
              setValue(event.target.value as AdoptionStatus | '');
              setError(undefined);
            }}
          >
            {!current && <option value="">Ikke valgt</option>}
            {statuses.map((option) => (
              <option key={option} value={option}>
                {ADOPTION_STATUS[option]}
              </option>
            ))}
          </Select>
          {value === 'DISCONTINUED' && (
            <Textarea
              label="Hvorfor sluttet kontoret?"
              description="Andre kontorer lærer av hvorfor en praksis ble avsluttet."
              value={reason}
              error={reasonError}
              maxLength={ADOPTION_LIMITS.reasonMax}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(undefined);
              }}
            />
          )}
          {/* Stays enabled while saving, so keyboard focus stays on it; a second press is ignored. */}
          <Button type="submit" variant="secondary" loading={busy} disabled={false}>
            Lagre status
          </Button>
        </VStack>
      </form>
      <StatusMessage status={status} />
    </VStack>
  );
}
