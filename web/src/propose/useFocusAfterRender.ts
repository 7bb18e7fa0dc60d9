import { useEffect, useState } from 'react';

/**
 * Moves keyboard focus to an element once it is on the page: to the first field of a row just
 * added, or to the add button after a row is removed, so focus is never lost to the page top.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string }>();
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (id: string) => setTarget({ id });
}
