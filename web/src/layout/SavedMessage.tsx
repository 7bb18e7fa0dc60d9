import { Alert } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** A page that saves and moves on says what it did in the navigation state: `{ saved: 'Endringene er lagret.' }`. */
export interface SavedState {
  saved: string;
}

const savedOf = (state: unknown): string | undefined =>
  typeof state === 'object' && state !== null && typeof (state as Partial<SavedState>).saved === 'string' ? (state as SavedState).saved : undefined;

/**
 * Shows the confirmation a page passed on when it moved to this one ("Praksisen er lagret som
 * utkast"). The live region belongs to the layout, so it is already in the page when the message
 * arrives and screen readers announce it. The message is taken out of the history entry once shown:
 * going back to the page later does not say it again.
 */
export function SavedMessage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<{ text: string; path: string }>();
  const saved = savedOf(location.state);

  useEffect(() => {
    if (!saved) return;
    setMessage({ text: saved, path: location.pathname });
    navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [saved, location.pathname, location.search, location.hash, navigate]);

  const text = saved ?? (message?.path === location.pathname ? message.text : undefined);
  return (
    <div role="status" className="saved-message">
      {text && (
        <Alert variant="success" size="small">
          {text}
        </Alert>
      )}
    </div>
  );
}
