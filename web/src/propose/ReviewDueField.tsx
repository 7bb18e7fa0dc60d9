import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useRef, type ChangeEvent } from 'react';
import { FIELD_LABEL } from './field-labels';
import { fieldId } from './validate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const fromIso = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
};

/**
 * "Dato for ny gjennomgang": Aksel's date picker (type dd.mm.åååå, or pick in the calendar).
 * The value is YYYY-MM-DD, empty, or — while what was typed is no date — the typed text, which the
 * form's validation then reports.
 */
export function ReviewDueField({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  const typed = useRef<string>(undefined);
  const { datepickerProps, inputProps, setSelected } = useDatepicker({
    defaultSelected: ISO_DATE.test(value) ? fromIso(value) : undefined,
    onDateChange: (date) => onChange(date ? toIso(date) : (typed.current ?? '')),
  });

  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value.trim();
    // Also take the date as the API writes it.
    if (ISO_DATE.test(text) && !Number.isNaN(fromIso(text).getTime())) return setSelected(fromIso(text));
    typed.current = text;
    inputProps.onChange?.(event);
    typed.current = undefined;
  };

  return (
    <DatePicker {...datepickerProps}>
      <DatePicker.Input
        {...inputProps}
        onChange={onType}
        id={fieldId('reviewDue')}
        label={FIELD_LABEL.reviewDue}
        description="Valgfritt. Når bør noen se over praksisen på nytt? Skriv datoen som dd.mm.åååå, eller velg i kalenderen."
        error={error}
      />
    </DatePicker>
  );
}
