import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Button, ErrorMessage, Fieldset, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';

/**
 * A form section of repeated field groups (outcomes, links): a heading, one framed group per row
 * with its remove button, the section's own error, and an add button until the limit is reached.
 * The rows' own fields come from `renderRow`; state and focus from useRepeatableRows.
 */
export function RepeatableSection<T extends { key: string }>({
  id,
  heading,
  intro,
  rows,
  noun,
  nounPlural,
  max,
  addId,
  error,
  onAdd,
  onRemove,
  renderRow,
}: {
  id: string;
  heading: string;
  intro: ReactNode;
  rows: T[];
  /** What one row is called, in lower case: "lenke", "resultat". */
  noun: string;
  nounPlural: string;
  max: number;
  addId: string;
  error?: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderRow: (row: T, index: number) => ReactNode;
}) {
  const Noun = noun[0].toUpperCase() + noun.slice(1);
  return (
    <VStack gap="space-16" as="section" aria-labelledby={`${id}-overskrift`}>
      <VStack gap="space-4">
        <Heading level="2" size="small" id={`${id}-overskrift`}>
          {heading}
        </Heading>
        <BodyShort size="small">{intro}</BodyShort>
      </VStack>
      {rows.map((row, index) => (
        <Box key={row.key} padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
          <Fieldset legend={`${Noun} ${index + 1}`} errorPropagation={false}>
            <VStack gap="space-16">
              {renderRow(row, index)}
              <div>
                <Button
                  type="button"
                  variant="tertiary"
                  size="small"
                  icon={<TrashIcon aria-hidden />}
                  onClick={() => onRemove(index)}
                  aria-label={`Fjern ${noun} ${index + 1}`}
                >
                  Fjern
                </Button>
              </div>
            </VStack>
          </Fieldset>
        </Box>
      ))}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {rows.length < max ? (
        <div>
          <Button type="button" id={addId} variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={onAdd}>
            Legg til {noun}
          </Button>
        </div>
      ) : (
        <BodyShort size="small" id={addId} tabIndex={-1}>
          Du har lagt inn {max} {nounPlural}, som er det meste en praksis kan ha.
        </BodyShort>
      )}
    </VStack>
  );
}
