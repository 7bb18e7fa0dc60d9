import { Checkbox, HGrid, Radio, RadioGroup, Select, TextField } from '@navikt/ds-react';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { StudyDesign, TargetGroup } from '../graphql/graphql';
import { STUDY_DESIGN, TARGET_GROUP } from '../labels';
import { PRACTICE_LIMITS as L } from '../../../schema/limits';
import { OUTCOME_LABEL as LABEL, ROW_NOUN } from './field-labels';
import { emptyOutcome, OTHER_INDICATOR, type OutcomeValues, type ResultKind } from './practice-values';
import { RepeatableSection } from './RepeatableSection';
import { useRepeatableRows } from './useRepeatableRows';
import { fieldId, type FieldErrors } from './validate';

const OutcomeIndicatorsDocument = graphql(`
  query OutcomeIndicators {
    indicators {
      code
      name
    }
  }
`);

type TextKey = 'label' | 'value' | 'comparisonValue' | 'difference' | 'unit' | 'nResult' | 'nComparison' | 'population' | 'followUpMonths' | 'note' | 'year' | 'source' | 'sourceUrl';

const DESIGNS = Object.keys(STUDY_DESIGN) as StudyDesign[];
const TARGET_GROUPS = Object.keys(TARGET_GROUP) as TargetGroup[];

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
  const { addId, update, add, remove } = useRepeatableRows<OutcomeValues>('outcomes', outcomes, onChange, emptyOutcome, 'indicatorCode');
  // The catalogue's indicators; until they come (or if they cannot be read) "Annet" still works.
  const indicators = useQuery(OutcomeIndicatorsDocument, {}, { pause: outcomes.length === 0 }).data?.indicators ?? [];

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
        const text = (key: TextKey, props: { label?: string; description?: string; htmlSize?: number; inputMode?: 'decimal' | 'numeric' } = {}) => (
          <TextField
            id={fieldId(`${path}.${key}`)}
            label={LABEL[key]}
            value={outcome[key]}
            onChange={(event) => update(index, { [key]: event.target.value })}
            error={errors[`${path}.${key}`]}
            {...props}
          />
        );
        const other = outcome.indicatorCode === OTHER_INDICATOR;
        const known = indicators.some((indicator) => indicator.code === outcome.indicatorCode);
        return (
          <>
            <Select
              id={fieldId(`${path}.indicatorCode`)}
              label={LABEL.indicatorCode}
              description="Velg fra indikatorlisten når resultatet måler det samme. Velg «Annet» når kilden måler noe listen ikke har."
              value={outcome.indicatorCode}
              onChange={(event) => update(index, { indicatorCode: event.target.value })}
              error={errors[`${path}.indicatorCode`]}
            >
              <option value="">Velg indikator</option>
              {indicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicator.name}
                </option>
              ))}
              {outcome.indicatorCode && !other && !known && <option value={outcome.indicatorCode}>{outcome.indicatorCode}</option>}
              <option value={OTHER_INDICATOR}>Annet (skriv selv)</option>
            </Select>
            {text('label', {
              label: other ? LABEL.label : `${LABEL.label} (valgfritt)`,
              description: other
                ? 'Slik kilden kaller det, for eksempel «Andel i arbeid 12 måneder etter start»'
                : 'Fyll ut bare hvis kilden kaller målet noe annet enn indikatoren',
            })}
            <Select
              id={fieldId(`${path}.targetGroup`)}
              label={LABEL.targetGroup}
              description="Valgfritt. Hvem resultatet gjelder"
              value={outcome.targetGroup}
              onChange={(event) => update(index, { targetGroup: event.target.value as TargetGroup | '' })}
              error={errors[`${path}.targetGroup`]}
            >
              <option value="">Ikke oppgitt</option>
              {TARGET_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {TARGET_GROUP[group]}
                </option>
              ))}
            </Select>
            <RadioGroup
              id={fieldId(`${path}.resultKind`)}
              legend={LABEL.resultKind}
              value={outcome.resultKind}
              // A difference typed before is not sent with a result it was never checked against.
              onChange={(resultKind: ResultKind) => update(index, resultKind === 'LEVELS' ? { resultKind, difference: '' } : { resultKind })}
            >
              <Radio value="LEVELS" description="Og gjerne tallet for en sammenligningsgruppe uten praksisen">
                Tallet med praksisen
              </Radio>
              <Radio value="DIFFERENCE" description="For eksempel «12 prosentpoeng flere i arbeid» uten tallene for hver gruppe">
                Bare forskjellen mot sammenligningsgruppen
              </Radio>
            </RadioGroup>
            {outcome.resultKind === 'LEVELS' ? (
              <HGrid columns={{ xs: 1, sm: 3 }} gap="space-16" align="start">
                {text('value', { inputMode: 'decimal', htmlSize: 12, description: 'Med praksisen, for eksempel 36,6' })}
                {text('comparisonValue', { inputMode: 'decimal', htmlSize: 12, description: 'Valgfritt. Uten praksisen, for eksempel 27,1' })}
                {text('unit', { htmlSize: 16, description: 'For eksempel % eller deltakere' })}
              </HGrid>
            ) : (
              <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16" align="start">
                {text('difference', { htmlSize: 12, description: 'Med praksisen minus uten, for eksempel 12 eller −3,5' })}
                {text('unit', { htmlSize: 16, description: 'Enheten gruppene er målt i. Skriv % når forskjellen er i prosentpoeng' })}
              </HGrid>
            )}
            <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16" align="start">
              {text('nResult', { inputMode: 'numeric', htmlSize: 8, description: 'Valgfritt. Hvor mange som fikk praksisen' })}
              {text('nComparison', { inputMode: 'numeric', htmlSize: 8, description: 'Valgfritt. Hvor mange som ble sammenlignet med' })}
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
            {text('note', { description: 'Valgfritt. Det leseren må vite for å forstå tallet' })}
            {text('source', { description: 'Rapporten med forfattere og år, et fagsystem eller kontorets egen telling' })}
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
