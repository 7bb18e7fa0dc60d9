import { Alert, BodyShort, Button, VStack } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { messageFor } from '../api/errors';

interface Props {
  items: { id: string; content: ReactNode }[];
  totalCount: number;
  hasNextPage: boolean;
  busy: boolean;
  error: unknown;
  onMore: () => void;
  /** Shown when there is nothing. */
  empty: string;
}

/** A list shown a page at a time with "Vis flere"; the first newly shown item gets keyboard focus. */
export function PagedList({ items, totalCount, hasNextPage, busy, error, onMore, empty }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    (list.current?.children[from] as HTMLElement | undefined)?.focus();
  }, [items.length]);

  if (items.length === 0) return <BodyShort>{empty}</BodyShort>;
  return (
    <VStack gap="space-12">
      <ul className="plain-list" aria-busy={busy} ref={list}>
        {items.map((item) => (
          <li key={item.id} tabIndex={-1}>
            {item.content}
          </li>
        ))}
      </ul>
      <BodyShort size="small" aria-live="polite">
        Viser {items.length} av {totalCount}
      </BodyShort>
      {error != null && (
        <Alert variant="error" size="small">
          {messageFor(error)}
        </Alert>
      )}
      {hasNextPage && (
        <div>
          {/* Stays enabled while loading, so keyboard focus stays on it; a second press is ignored. */}
          <Button
            variant="secondary"
            size="small"
            loading={busy}
            disabled={false}
            onClick={() => {
              focusFrom.current = items.length;
              onMore();
            }}
          >
            Vis flere
          </Button>
        </div>
      )}
    </VStack>
  );
}
