import { Heading } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../format';

/** "Side 2 av 3, 37 praksiser", or "37 praksiser" when one page holds them all. */
export function resultsText(totalHits: number, page: number, pages: number): { pageText: string; countText: string } {
  return {
    pageText: pages > 1 ? `Side ${page} av ${pages}, ` : '',
    countText: `${formatNumber(totalHits)} ${totalHits === 1 ? 'praksis' : 'praksiser'}`,
  };
}

/**
 * Keeps the user oriented when the hits change. Paging replaces the list and the pressed page button
 * with it: focus moves to the results heading once the new page has come, and the heading says which
 * page it is. A changed filter, sort or query is announced by the heading as a live region while
 * focus stays in the control (moving it there would be a change of context on input, WCAG 3.2.2).
 * The heading is silent during paging, where the move of focus reads it.
 */
export function usePagingFocus(answeredPage: number | undefined) {
  const heading = useRef<HTMLHeadingElement>(null);
  const awaited = useRef<number | null>(null);
  const [paging, setPaging] = useState(false);

  useEffect(() => {
    if (awaited.current === null || answeredPage !== awaited.current) return;
    awaited.current = null;
    heading.current?.focus();
    setPaging(false);
  }, [answeredPage, paging]);

  /** Call as the user asks for another page. */
  const pageRequested = (page: number) => {
    awaited.current = page;
    setPaging(true);
  };
  return { heading, paging, pageRequested };
}

interface Props {
  /** Undefined until the first answer has come. */
  totalHits: number | undefined;
  page: number;
  pages: number;
  paging: boolean;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

export function ResultsHeading({ totalHits, page, pages, paging, headingRef }: Props) {
  const text = totalHits === undefined ? undefined : resultsText(totalHits, page, pages);
  return (
    <Heading level="2" size="xsmall" ref={headingRef} tabIndex={-1} aria-live={paging ? 'off' : 'polite'} aria-atomic="true" className="results-heading">
      {text ? (
        <>
          {text.pageText}
          <span>{text.countText}</span>
        </>
      ) : (
        'Søker …'
      )}
    </Heading>
  );
}
