import { Checkbox, CheckboxGroup, Radio, RadioGroup, Textarea, TextField } from '@navikt/ds-react';
import { PRACTICE_LIMITS as L } from '../../../schema/limits';
import type { EvidenceLevel, Responsibility, TargetGroup, Theme } from '../graphql/graphql';
import { EVIDENCE_EXPLANATION, EVIDENCE_LEVEL, RESPONSIBILITY, TARGET_GROUP, THEME } from '../labels';
import { FIELD_LABEL as LABEL } from './field-labels';
import type { PracticeValues } from './practice-values';
import { ReviewDueField } from './ReviewDueField';
import { fieldId, type FieldErrors } from './validate';

const keys = <K extends string>(record: Record<K, string>) => Object.keys(record) as K[];

/** The practice's own fields: texts, themes, target groups, evidence, responsibility, review date. */
export function PracticeFields({
  values,
  errors,
  onChange,
}: {
  values: PracticeValues;
  errors: FieldErrors;
  onChange: (changes: Partial<PracticeValues>) => void;
}) {
  return (
    <>
      <TextField
        id={fieldId('title')}
        label={LABEL.title}
        description={`Et kort navn som forteller hva praksisen går ut på. Høyst ${L.titleMax} tegn.`}
        value={values.title}
        onChange={(event) => onChange({ title: event.target.value })}
        error={errors.title}
        autoComplete="off"
      />
      <Textarea
        id={fieldId('summary')}
        label={LABEL.summary}
        description="Et par setninger om hva dere gjør, for hvem, og hva dere har oppnådd. Vises i søketreffene."
        value={values.summary}
        onChange={(event) => onChange({ summary: event.target.value })}
        error={errors.summary}
        maxLength={L.summaryMax}
        minRows={3}
      />
      <Textarea
        id={fieldId('description')}
        label={LABEL.description}
        description="Valgfritt. Beskriv hvordan dere gjør det, slik at andre kontorer kan ta det i bruk. Du kan bruke Markdown, for eksempel ## for overskrifter, - for punktlister og **fet skrift**."
        value={values.description}
        onChange={(event) => onChange({ description: event.target.value })}
        error={errors.description}
        maxLength={L.descriptionMax}
        minRows={8}
      />
      <CheckboxGroup
        legend={LABEL.themes}
        description={`Velg opptil ${L.themesMax}.`}
        value={values.themes}
        onChange={(themes: Theme[]) => onChange({ themes })}
        error={errors.themes}
      >
        {keys(THEME).map((theme, index) => (
          <Checkbox key={theme} value={theme} id={index === 0 ? fieldId('themes') : undefined}>
            {THEME[theme]}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        legend={LABEL.targetGroups}
        description={`Hvem praksisen er for. Velg opptil ${L.targetGroupsMax}.`}
        value={values.targetGroups}
        onChange={(targetGroups: TargetGroup[]) => onChange({ targetGroups })}
        error={errors.targetGroups}
      >
        {keys(TARGET_GROUP).map((group, index) => (
          <Checkbox key={group} value={group} id={index === 0 ? fieldId('targetGroups') : undefined}>
            {TARGET_GROUP[group]}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RadioGroup
        legend={LABEL.evidenceLevel}
        description="Hvor godt vet dere at praksisen virker?"
        value={values.evidenceLevel}
        onChange={(evidenceLevel: EvidenceLevel) => onChange({ evidenceLevel })}
        error={errors.evidenceLevel}
      >
        {keys(EVIDENCE_LEVEL).map((level, index) => (
          <Radio key={level} value={level} description={EVIDENCE_EXPLANATION[level]} id={index === 0 ? fieldId('evidenceLevel') : undefined}>
            {EVIDENCE_LEVEL[level]}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        legend={LABEL.responsibility}
        description="Hvem som står for praksisen. Velger du ikke, registreres den som statlig."
        value={values.responsibility}
        onChange={(responsibility: Responsibility) => onChange({ responsibility })}
        error={errors.responsibility}
      >
        {keys(RESPONSIBILITY).map((responsibility, index) => (
          <Radio key={responsibility} value={responsibility} id={index === 0 ? fieldId('responsibility') : undefined}>
            {RESPONSIBILITY[responsibility]}
          </Radio>
        ))}
      </RadioGroup>
      <ReviewDueField value={values.reviewDue} error={errors.reviewDue} onChange={(reviewDue) => onChange({ reviewDue })} />
    </>
  );
}
