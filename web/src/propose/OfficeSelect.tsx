import { Select } from '@navikt/ds-react';
import { FIELD_LABEL } from './field-labels';
import { fieldId } from './validate';

export interface OfficeGroup {
  /** The region's name; a single group is listed without a heading. */
  label: string;
  offices: { enhetsnummer: string; name: string }[];
}

/** "Kontoret praksisen kommer fra", for those who propose on behalf of several offices. */
export function OfficeSelect({
  groups,
  value,
  error,
  onChange,
}: {
  groups: OfficeGroup[];
  value: string;
  error?: string;
  onChange: (enhetsnummer: string) => void;
}) {
  const options = (offices: OfficeGroup['offices']) =>
    offices.map((office) => (
      <option key={office.enhetsnummer} value={office.enhetsnummer}>
        {office.name}
      </option>
    ));
  return (
    <Select id={fieldId('originOffice')} label={FIELD_LABEL.originOffice} value={value} onChange={(event) => onChange(event.target.value)} error={error}>
      <option value="">Velg kontor</option>
      {groups.length === 1
        ? options(groups[0].offices)
        : groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {options(group.offices)}
            </optgroup>
          ))}
    </Select>
  );
}
