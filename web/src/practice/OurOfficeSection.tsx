import { BodyShort, Button, Heading, Select, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { messageFor } from '../api/errors';
import { graphql } from '../graphql';
import type { AdoptionFieldsFragment, AdoptionStatus } from '../graphql/graphql';
import { ADOPTION_STATUS, formatDate } from '../labels';
import { StatusMessage, type Status } from './StatusMessage';

const SetAdoptionDocument = graphql(`
  mutation SetAdoption($input: SetAdoptionInput!) {
    setAdoption(input: $input) {
      ...AdoptionFields
    }
  }
`);

const STATUSES: AdoptionStatus[] = ['CONSIDERING', 'PILOTING', 'IN_USE', 'DISCONTINUED'];

interface Props {
  practiceId: string;
  office: { enhetsnummer: string; name: string };
  /** The office's adoption of this practice, if it has one. */
  current: AdoptionFieldsFragment | undefined;
  onSaved: (adoption: AdoptionFieldsFragment) => void;
}

/** "Vårt kontor": records whether the user's office considers, pilots, uses or stopped using the practice. */
export function OurOfficeSection({ practiceId, office, current, onSaved }: Props) {
  const [value, setValue] = useState<AdoptionStatus | ''>(current?.status ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
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
    setBusy(true);
    try {
      // Saving the status it already has keeps its date; a new status starts today.
      const since = value === current?.status ? current.since : undefined;
      const data = await request(SetAdoptionDocument, { input: { practiceId, status: value, since } });
      onSaved(data.setAdoption);
      setStatus({ variant: 'success', text: `Statusen er lagret: ${office.name} – ${ADOPTION_STATUS[data.setAdoption.status]}.` });
    } catch (failure) {
      setStatus({ variant: 'error', text: messageFor(failure) });
    } finally {
      setBusy(false);
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
            {STATUSES.map((option) => (
              <option key={option} value={option}>
                {ADOPTION_STATUS[option]}
              </option>
            ))}
          </Select>
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
