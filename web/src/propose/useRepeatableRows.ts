import { useFocusAfterRender } from './useFocusAfterRender';
import { fieldId } from './validate';

/**
 * Editing a list of repeated field groups (outcomes, links): change a row, add one (focus moves to
 * its first field), remove one (focus moves to the add button).
 */
export function useRepeatableRows<T>(name: string, rows: T[], onChange: (rows: T[]) => void, empty: () => T, firstField: string) {
  const focus = useFocusAfterRender();
  const addId = fieldId(name);
  return {
    addId,
    update: (index: number, changes: Partial<T>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...changes } : row))),
    add: () => {
      onChange([...rows, empty()]);
      focus(fieldId(`${name}.${rows.length}.${firstField}`));
    },
    remove: (index: number) => {
      onChange(rows.filter((_, i) => i !== index));
      focus(addId);
    },
  };
}
