import { useState } from 'react';
import { toApiError, type ApiError } from '../api/errors';

/** "Vis flere": fetches the next page after a cursor and hands it on; tracks busy and failure. */
export function useLoadMore<TPage>(fetchPage: (after: string) => Promise<TPage>, onPage: (page: TPage) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const loadMore = async (after: string | null | undefined) => {
    if (!after || busy) return;
    setBusy(true);
    setError(null);
    try {
      onPage(await fetchPage(after));
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, loadMore };
}
