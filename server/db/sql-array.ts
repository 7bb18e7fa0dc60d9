/**
 * A PostgreSQL array literal ('{"a","b"}') for one bound parameter. The query builder under
 * MikroORM expands a JavaScript array into a list of parameters, which `= any(?)` cannot take.
 */
export function sqlArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
