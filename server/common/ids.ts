import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an id argument before it reaches SQL, so a malformed one is the caller's error. */
export function checkId(field: string, value: string): string {
  if (!UUID.test(value)) throw badInput(field, `${field} is not a valid id`);
  return value.toLowerCase();
}

/** Today's date as YYYY-MM-DD in UTC. */
export const today = () => new Date().toISOString().slice(0, 10);
