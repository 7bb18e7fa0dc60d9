import { Alert } from '@navikt/ds-react';
import { forwardRef, useCallback, useState } from 'react';

export type Announcement = { variant: 'success' | 'error'; text: string; key: number } | null;

/** What the announcer says; `announce` again with the same text is said again. */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  const announce = useCallback((variant: 'success' | 'error', text: string) => {
    setAnnouncement((previous) => ({ variant, text, key: (previous?.key ?? 0) + 1 }));
  }, []);
  return { announcement, announce };
}

/**
 * A live region that is always in the page, so screen readers say what just happened ("«IPS» er
 * flyttet til plass 2 av 3") without moving focus. It can take focus when the pressed button is gone.
 */
export const Announcer = forwardRef<HTMLDivElement, { announcement: Announcement }>(function Announcer({ announcement }, ref) {
  return (
    <div role="status" aria-live="polite" ref={ref} tabIndex={-1}>
      {announcement && (
        <Alert key={announcement.key} variant={announcement.variant} size="small" inline>
          {announcement.text}
        </Alert>
      )}
    </div>
  );
});
