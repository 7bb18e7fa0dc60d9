import { useState } from 'react';
import { useClient } from 'urql';
import { INDICATOR_LIMITS } from '../../../schema/limits';
import { apiErrorOf } from '../api/client';
import { graphql } from '../graphql';
import type { ImportIndicatorValuesMutation } from '../graphql/graphql';
import { formatNumber } from '../format';

export const TOO_LARGE = `Filen er for stor. Høyst ${formatNumber(INDICATOR_LIMITS.importMaxRows)} rader og ${formatNumber(INDICATOR_LIMITS.importMaxChars)} tegn per fil: del den opp, for eksempel per måned.`;

const ImportDocument = graphql(`
  mutation ImportIndicatorValues($csv: String!) {
    importIndicatorValues(csv: $csv) { rows inserted updated unchanged offices indicators firstMonth lastMonth }
  }
`);

interface LineError {
  line: number;
  column?: string;
  message: string;
}

export type ImportOutcome =
  | { kind: 'done'; result: ImportIndicatorValuesMutation['importIndicatorValues'] }
  | { kind: 'refused'; forbidden: boolean; lines: LineError[]; count: number }
  | { kind: 'failed'; message: string };

/**
 * Runs the import. A refused file comes back with the lines at fault (extensions.lineErrors), which
 * the shared error model leaves out, so this reads them from urql's error itself.
 */
export function useImportIndicatorValues() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  async function run(csv: string): Promise<ImportOutcome> {
    setBusy(true);
    try {
      const result = await client.mutation(ImportDocument.toString(), { csv }).toPromise();
      if (!result.error) return { kind: 'done', result: (result.data as ImportIndicatorValuesMutation).importIndicatorValues };
      const extensions = result.error.graphQLErrors[0]?.extensions ?? {};
      if (Array.isArray(extensions.lineErrors)) {
        return {
          kind: 'refused',
          forbidden: extensions.code === 'FORBIDDEN',
          lines: extensions.lineErrors as LineError[],
          count: typeof extensions.lineErrorCount === 'number' ? extensions.lineErrorCount : extensions.lineErrors.length,
        };
      }
      const error = apiErrorOf(result.error);
      // A file refused as a whole (its size, its number of rows) names no lines.
      if (error.code === 'BAD_USER_INPUT' && error.field === 'csv') return { kind: 'failed', message: TOO_LARGE };
      return { kind: 'failed', message: error.message };
    } finally {
      setBusy(false);
    }
  }
  return { run, busy };
}
