import { ArrowDownIcon, ArrowUpIcon, DragVerticalIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Button, Heading, HStack, Label, Link, Textarea, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { COLLECTION_LIMITS } from '../../../schema/limits';
import { Link as RouterLink } from 'react-router';
import { messageFor } from '../api/errors';
import { useMutation } from '../api/operations';
import { graphql } from '../graphql';
import { StatusMessage, type Status } from '../practice/StatusMessage';
import type { Item } from './CollectionPage';

const UpdateCollectionItemDocument = graphql(`
  mutation UpdateCollectionItem($itemId: ID!, $note: String!) {
    updateCollectionItem(itemId: $itemId, note: $note) { id note }
  }
`);

export type Direction = 'up' | 'down';

interface Props {
  item: Item;
  index: number;
  count: number;
  curator: boolean;
  onMove: (direction: Direction) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  registerButton: (direction: Direction, element: HTMLButtonElement | null) => void;
}

/** One practice in a collection: its link and summary, the curator's note and, for curators, the tools. */
export function CollectionItemCard({ item, index, count, curator, onMove, onRemove, onDragStart, onDragEnd, registerButton }: Props) {
  const card = useRef<HTMLDivElement>(null);
  const titleId = `samlingspunkt-${item.id}`;
  const title = item.practice.title;

  return (
    <Box padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle" background="default" ref={card}>
      <VStack gap="space-12">
        <HStack gap="space-8" align="start" wrap={false}>
          {curator && count > 1 && (
            <span
              className="drag-handle"
              draggable
              aria-hidden="true"
              title="Dra for å flytte"
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                // Not text: a text field under the pointer would take it as text to insert.
                event.dataTransfer.setData('application/x-praksisbanken-item', item.id);
                if (card.current) event.dataTransfer.setDragImage(card.current, 24, 24);
                onDragStart();
              }}
              onDragEnd={onDragEnd}
            >
              <DragVerticalIcon />
            </span>
          )}
          <VStack gap="space-4">
            <Heading level="3" size="small" id={titleId}>
              <span aria-hidden="true">{`${index + 1}. `}</span>
              <Link as={RouterLink} to={`/praksis/${item.practice.slug}`}>
                {title}
              </Link>
            </Heading>
            <BodyShort>{item.practice.summary}</BodyShort>
          </VStack>
        </HStack>
        {curator ? (
          <NoteEditor item={item} titleId={titleId} />
        ) : (
          item.note && (
            <VStack gap="space-4">
              <Label as="p" size="small">
                Notat fra fylket
              </Label>
              <BodyLong className="note-text">{item.note}</BodyLong>
            </VStack>
          )
        )}
        {curator && (
          <HStack gap="space-8">
            {index > 0 && (
              <Button size="small" variant="secondary" icon={<ArrowUpIcon aria-hidden />} ref={(element) => registerButton('up', element)} onClick={() => onMove('up')}>
                Flytt <span className="aksel-sr-only">«{title}»</span> opp
              </Button>
            )}
            {index < count - 1 && (
              <Button size="small" variant="secondary" icon={<ArrowDownIcon aria-hidden />} ref={(element) => registerButton('down', element)} onClick={() => onMove('down')}>
                Flytt <span className="aksel-sr-only">«{title}»</span> ned
              </Button>
            )}
            <Button size="small" variant="tertiary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={onRemove}>
              Fjern <span className="aksel-sr-only">«{title}» fra samlingen</span>
            </Button>
          </HStack>
        )}
      </VStack>
    </Box>
  );
}

/** The curator's note on an item: "Notat til <practice>" and "Lagre notat". */
function NoteEditor({ item, titleId }: { item: Item; titleId: string }) {
  const [note, setNote] = useState(item.note);
  const [saved, setSaved] = useState(item.note);
  const updateItem = useMutation(UpdateCollectionItemDocument);
  const busy = updateItem.fetching;
  const [status, setStatus] = useState<Status>(null);

  const save = async () => {
    if (busy) return;
    setStatus(null);
    try {
      const { updateCollectionItem } = await updateItem.run({ itemId: item.id, note });
      setNote(updateCollectionItem.note);
      setSaved(updateCollectionItem.note);
      setStatus({ variant: 'success', text: 'Notatet er lagret' });
    } catch (error) {
      setStatus({ variant: 'error', text: messageFor(error) });
    }
  };

  return (
    <VStack gap="space-8" align="start">
      <div style={{ width: '100%' }}>
        <Textarea
          label={`Notat til ${item.practice.title}`}
          description="Hvorfor praksisen er med, og hva andre kontorer bør vite."
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setStatus(null);
          }}
          maxLength={COLLECTION_LIMITS.noteMax}
          minRows={2}
          size="small"
        />
      </div>
      <HStack gap="space-12" align="center">
        <Button size="small" variant="secondary" loading={busy} disabled={false} onClick={save} aria-describedby={titleId}>
          Lagre notat
        </Button>
        {note !== saved && !busy && <BodyShort size="small">Ikke lagret</BodyShort>}
      </HStack>
      <StatusMessage status={status} />
    </VStack>
  );
}
