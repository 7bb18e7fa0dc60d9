import { Suspense, type ReactNode } from 'react';
import { useInView } from 'react-intersection-observer';

/**
 * A chart's place on the page, fixed in size, that draws the chart once it comes near the screen.
 * Drawing a chart is the longest piece of work on the pages that have one, and the charts are for the
 * eye only (hidden from screen readers, each with its figures in a table beside it): a page that
 * opens with its chart out of view neither loads nor draws it until the user scrolls towards it.
 */
export function ChartBox({ height, testId, children }: { height: number; testId?: string; children: ReactNode }) {
  const { ref, inView } = useInView({ triggerOnce: true, rootMargin: '300px 0px' });
  return (
    <div ref={ref} aria-hidden="true" data-testid={testId} style={{ width: '100%', height }}>
      {inView && <Suspense fallback={null}>{children}</Suspense>}
    </div>
  );
}
