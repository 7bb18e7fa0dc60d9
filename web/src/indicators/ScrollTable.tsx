import type { ReactNode } from 'react';
import './indicators.css';

/** A wide table that scrolls sideways on narrow screens; focusable, so keyboards can scroll it too. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="indicator-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
