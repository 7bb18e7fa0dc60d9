import { Alert } from '@navikt/ds-react';

export type Status = { variant: 'success' | 'error'; text: string } | null;

/**
 * A live region that is always in the page, so screen readers announce what appears in it
 * ("Vurderingen er lagret") without moving focus.
 */
export function StatusMessage({ status }: { status: Status }) {
  return (
    <div role="status" aria-live="polite">
      {status && (
        <Alert variant={status.variant} size="small" inline>
          {status.text}
        </Alert>
      )}
    </div>
  );
}
