import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readSearch, writeSearch, type SearchState } from './search-params';

const addressBar = () => new URLSearchParams(window.location.search);

/**
 * The search twice: as the URL holds it (what is fetched, what a reload or a link reproduces) and as
 * the controls show it. The router renders a new URL as a transition, so a control bound to the URL
 * would show its old value until React gets round to it, and on a slow phone that is seen. A change
 * is therefore shown at once from local state, and the URL follows.
 *
 * When the router's URL changes, the controls take the address bar as it is now: that is our own
 * write (perhaps a newer one than the transition being rendered) or back, forward or a link.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const url = readSearch(params);
  const [shown, setShown] = useState(url);
  const [rendered, setRendered] = useState(params.toString());
  if (params.toString() !== rendered) {
    setRendered(params.toString());
    setShown(readSearch(addressBar()));
  }

  /** Shows `next` now and writes it to the URL; the query follows the URL. */
  const change = (next: SearchState, options: { replace?: boolean } = {}) => {
    setShown(next);
    setParams(writeSearch(next), options);
  };

  return { url, shown, change, current: () => readSearch(addressBar()) };
}
