import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Button, ErrorMessage, Fieldset, Heading, TextField, VStack } from '@navikt/ds-react';
import { PRACTICE_LIMITS as L } from '../../../server/practices/practice.limits';
import { LINK_LABEL as LABEL } from './field-labels';
import { emptyLink, type LinkValues } from './practice-values';
import { useRepeatableRows } from './useRepeatableRows';
import { fieldId, type FieldErrors } from './validate';

/** "Lenker": evaluations, reports and guides about the practice. */
export function LinksFields({
  links,
  errors,
  onChange,
}: {
  links: LinkValues[];
  errors: FieldErrors;
  onChange: (links: LinkValues[]) => void;
}) {
  const { addId, update, add, remove } = useRepeatableRows<LinkValues>('links', links, onChange, emptyLink, 'title');

  return (
    <VStack gap="space-16" as="section" aria-labelledby="lenker-overskrift">
      <VStack gap="space-4">
        <Heading level="2" size="small" id="lenker-overskrift">
          Lenker
        </Heading>
        <BodyShort size="small">Evalueringer, rapporter eller veiledere om praksisen.</BodyShort>
      </VStack>
      {links.map((link, index) => {
        const path = `links.${index}`;
        return (
          <Box key={link.key} padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
            <Fieldset legend={`Lenke ${index + 1}`} errorPropagation={false}>
              <VStack gap="space-16">
              <TextField
                id={fieldId(`${path}.title`)}
                label={LABEL.title}
                description="Det som vises som lenke, for eksempel navnet på rapporten"
                value={link.title}
                onChange={(event) => update(index, { title: event.target.value })}
                error={errors[`${path}.title`]}
              />
              <TextField
                id={fieldId(`${path}.url`)}
                label={LABEL.url}
                description="Begynner med https://"
                type="url"
                inputMode="url"
                autoComplete="url"
                value={link.url}
                onChange={(event) => update(index, { url: event.target.value })}
                error={errors[`${path}.url`]}
              />
              <div>
                <Button type="button" variant="tertiary" size="small" icon={<TrashIcon aria-hidden />} onClick={() => remove(index)} aria-label={`Fjern lenke ${index + 1}`}>
                  Fjern
                </Button>
              </div>
              </VStack>
            </Fieldset>
          </Box>
        );
      })}
      {errors.links && <ErrorMessage>{errors.links}</ErrorMessage>}
      {links.length < L.linksMax ? (
        <div>
          <Button type="button" id={addId} variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={add}>
            Legg til lenke
          </Button>
        </div>
      ) : (
        <BodyShort size="small" id={addId} tabIndex={-1}>
          Du har lagt inn {L.linksMax} lenker, som er det meste en praksis kan ha.
        </BodyShort>
      )}
    </VStack>
  );
}
