import { TextField } from '@navikt/ds-react';
import { PRACTICE_LIMITS as L } from '../../../schema/limits';
import { LINK_LABEL as LABEL, ROW_NOUN } from './field-labels';
import { emptyLink, type LinkValues } from './practice-values';
import { RepeatableSection } from './RepeatableSection';
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
    <RepeatableSection
      id="lenker"
      heading="Lenker"
      intro="Evalueringer, rapporter eller veiledere om praksisen."
      rows={links}
      noun={ROW_NOUN.links}
      nounPlural="lenker"
      max={L.linksMax}
      addId={addId}
      error={errors.links}
      onAdd={add}
      onRemove={remove}
      renderRow={(link, index) => {
        const path = `links.${index}`;
        return (
          <>
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
          </>
        );
      }}
    />
  );
}
