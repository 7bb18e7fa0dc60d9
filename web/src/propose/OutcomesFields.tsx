import { Checkbox, HGrid, TextField } from '@navikt/ds-react';
import { PRACTICE_LIMITS as L } from '../../../schema/limits';
import { OUTCOME_LABEL as LABEL } from './field-labels';
import { emptyOutcome, type OutcomeValues } from './practice-values';
import { RepeatableSection } from './RepeatableSection';
import { useRepeatableRows } from './useRepeatableRows';
import { fieldId, type FieldErrors } from './validate';

type TextKey = Exclude<keyof OutcomeValues, 'key' | 'demo'>;

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
      noun="resultat"
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
            {text('indicator', { description: 'Hva som er målt, for eksempel «Andel i arbeid etter 12 måneder»' })}
            <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16" align="start">
              {text('value', { inputMode: 'decimal', htmlSize: 12, description: 'Et tall, for eksempel 42 eller 12,5' })}
              {text('unit', { htmlSize: 16, description: 'For eksempel %, prosentpoeng eller deltakere' })}
            </HGrid>
            {text('denominator', { description: 'Valgfritt. Hvem tallet er en andel av, for eksempel «deltakere som startet i 2023»' })}
            <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16" align="start">
              {text('period', { description: 'For eksempel «første halvår 2024»' })}
              {text('year', { inputMode: 'numeric', htmlSize: 6, description: 'Valgfritt. Fire sifre' })}
            </HGrid>
            {text('source', { description: 'For eksempel en rapport, et fagsystem eller kontorets egen telling' })}
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
