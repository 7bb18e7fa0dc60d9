import { Checkbox, HGrid, Select, TextField } from '@navikt/ds-react';
import type { StudyDesign } from '../graphql/graphql';
import { STUDY_DESIGN } from '../labels';
import { PRACTICE_LIMITS as L } from '../../../schema/limits';
import { OUTCOME_LABEL as LABEL, ROW_NOUN } from './field-labels';
import { emptyOutcome, type OutcomeValues } from './practice-values';
import { RepeatableSection } from './RepeatableSection';
import { useRepeatableRows } from './useRepeatableRows';
import { fieldId, type FieldErrors } from './validate';

type TextKey = Exclude<keyof OutcomeValues, 'key' | 'demo' | 'design'>;

const DESIGNS = Object.keys(STUDY_DESIGN) as StudyDesign[];

/** "Resultater": measured results, each with where the figure comes from or marked as demo data. */
export function OutcomesFields({
  outcomes,
  errors,
  onChange,
}: {
  outcomes: OutcomeValues[];
  errors: FieldErrors;
  onChange: (outcomes: OutcomeValues[]) => void;
}) {
  const { addId, update, add, remove } = useRepeatableRows<OutcomeValues>('outcomes', outcomes, onChange, emptyOutcome, 'indicator');

  return (
    <RepeatableSection
      id="resultater"
      heading="Resultater"
      intro={
        <>
          Tall som viser hva praksisen har ført til. Oppgi alltid hvor tallet kommer fra. Et tall uten kilde vises bare som
          demodata, aldri som fakta.
        </>
      }
      rows={outcomes}
      noun={ROW_NOUN.outcomes}
      nounPlural="resultater"
      max={L.outcomesMax}
      addId={addId}
      error={errors.outcomes}
      onAdd={add}
      onRemove={remove}
      renderRow={(outcome, index) => {
        const path = `outcomes.${index}`;
        const text = (key: TextKey, props: { description?: string; htmlSize?: number; inputMode?: 'decimal' | 'numeric' } = {}) => (
          <TextField
            id={fieldId(`${path}.${key}`)}
            label={LABEL[key]}
            value={outcome[key]}
            onChange={(event) => update(index, { [key]: event.target.value })}
            error={errors[`${path}.${key}`]}
            {...props}
          />
        );
        return (
          <>
            {text('indicator', { description: 'Hva som er målt, for eksempel «Andel i arbeid»' })}
            <HGrid columns={{ xs: 1, sm: 3 }} gap="space-16" align="start">
              {text('value', { inputMode: 'decimal', htmlSize: 12, description: 'Med praksisen, for eksempel 36,6' })}
              {text('comparisonValue', { inputMode: 'decimal', htmlSize: 12, description: 'Valgfritt. Uten praksisen, for eksempel 27,1' })}
              {text('unit', { htmlSize: 16, description: 'For eksempel % eller deltakere' })}
            </HGrid>
            {text('population', { description: 'Valgfritt. For eksempel «deltakere som startet i 2023»' })}
            <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16" align="start">
              {text('followUpMonths', { inputMode: 'numeric', htmlSize: 6, description: 'Valgfritt. Hvor lenge etter start det ble målt' })}
              {text('year', { inputMode: 'numeric', htmlSize: 6, description: 'Valgfritt. Fire sifre' })}
            </HGrid>
            <Select
              id={fieldId(`${path}.design`)}
              label={LABEL.design}
              value={outcome.design}
              onChange={(event) => update(index, { design: event.target.value as StudyDesign })}
              error={errors[`${path}.design`]}
            >
              {DESIGNS.map((design) => (
                <option key={design} value={design}>
                  {STUDY_DESIGN[design]}
                </option>
              ))}
            </Select>
            {text('source', { description: 'For eksempel en rapport, et fagsystem eller kontorets egen telling' })}
            {text('sourceUrl', { description: 'Valgfritt. Adressen til selve rapporten, ikke en forside' })}
            <Checkbox
              id={fieldId(`${path}.demo`)}
              checked={outcome.demo}
              onChange={(event) => update(index, { demo: event.target.checked })}
              description="Tallet er laget for å vise hvordan et resultat ser ut, og er ikke målt."
            >
              {LABEL.demo}
            </Checkbox>
          </>
        );
      }}
    />
  );
}
