import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { messageFor } from '../api/errors';
import { useMutation } from '../api/operations';
import { graphql } from '../graphql';
import { CollectionItemCard, type Direction } from './CollectionItemCard';
import type { Collection, Item } from './CollectionPage';
import './collections.css';

const MoveCollectionItemDocument = graphql(`
  mutation MoveCollectionItem($itemId: ID!, $position: Int!) {
    moveCollectionItem(itemId: $itemId, position: $position) { id position }
  }
`);

const RemoveCollectionItemDocument = graphql(`
  mutation RemoveCollectionItem($itemId: ID!) {
    removeCollectionItem(itemId: $itemId) {
      id
      items { ...CollectionItemFields }
    }
  }
`);

interface Props {
  collection: Collection;
  curator: boolean;
  announce: (variant: 'success' | 'error', text: string) => void;
}

/**
 * "Praksiser i samlingen", in order. Curators reorder with "Flytt opp"/"Flytt ned" (focus stays on
 * the moved item's button) or by dragging an item's handle onto another item; every move is announced.
 */
export function CollectionItems({ collection, curator, announce }: Props) {
  const items = collection.items;
  const moveItem = useMutation(MoveCollectionItemDocument);
  const removeItem = useMutation(RemoveCollectionItemDocument);
  const busy = moveItem.fetching || removeItem.fetching;
  const heading = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfter = useRef<{ id: string; direction: Direction } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  // After a move the moved item's button keeps focus; at the top or bottom its other button takes it.
  useEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const other: Direction = wanted.direction === 'up' ? 'down' : 'up';
    (buttons.current.get(`${wanted.id}:${wanted.direction}`) ?? buttons.current.get(`${wanted.id}:${other}`))?.focus();
  }, [items]);

  const move = async (item: Item, to: number, direction?: Direction) => {
    const from = items.findIndex((candidate) => candidate.id === item.id);
    if (busy || from < 0 || to < 0 || to >= items.length || to === from) return;
    // The cache puts the items in their new order as the answer comes in: focus follows then.
    focusAfter.current = direction ? { id: item.id, direction } : null;
    try {
      await moveItem.run({ itemId: item.id, position: to });
      announce('success', `«${item.practice.title}» er flyttet til plass ${to + 1} av ${items.length}`);
    } catch (error) {
      focusAfter.current = null;
      announce('error', messageFor(error));
    }
  };

  const remove = async (item: Item) => {
    if (busy) return;
    try {
      await removeItem.run({ itemId: item.id });
      announce('success', `«${item.practice.title}» er fjernet fra samlingen`);
      // The pressed button is gone with its item.
      heading.current?.focus();
    } catch (error) {
      announce('error', messageFor(error));
    }
  };

  const drop = (target: Item) => {
    const dragged = items.find((item) => item.id === dragging);
    setDragging(null);
    setDropTarget(null);
    if (dragged) void move(dragged, items.findIndex((item) => item.id === target.id));
  };

  return (
    <VStack as="section" aria-labelledby="praksiser-i-samlingen" gap="space-16">
      <VStack gap="space-4">
        <Heading level="2" size="medium" id="praksiser-i-samlingen" ref={heading} tabIndex={-1}>
          Praksiser i samlingen
        </Heading>
        {curator && items.length > 1 && (
          <BodyShort className="narrow">Endre rekkefølgen med knappene «Flytt opp» og «Flytt ned», eller dra en praksis i håndtaket.</BodyShort>
        )}
      </VStack>
      {items.length === 0 && curator && <BodyShort>Samlingen er tom. Finn praksiser å legge til nedenfor.</BodyShort>}
      {items.length > 0 && (
        <ol className="plain-list" aria-labelledby="praksiser-i-samlingen">
          {items.map((item, index) => (
            <li
              key={item.id}
              className={`collection-item${dragging === item.id ? ' is-dragging' : ''}${dropTarget === item.id && dragging !== item.id ? ' is-drop-target' : ''}`}
              onDragOver={(event) => {
                if (!dragging) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (dropTarget !== item.id) setDropTarget(item.id);
              }}
              onDrop={(event) => {
                event.preventDefault();
                drop(item);
              }}
            >
              <CollectionItemCard
                item={item}
                index={index}
                count={items.length}
                curator={curator}
                onMove={(direction) => move(item, direction === 'up' ? index - 1 : index + 1, direction)}
                onRemove={() => remove(item)}
                onDragStart={() => setDragging(item.id)}
                onDragEnd={() => (setDragging(null), setDropTarget(null))}
                registerButton={(direction, element) => {
                  const key = `${item.id}:${direction}`;
                  if (element) buttons.current.set(key, element);
                  else buttons.current.delete(key);
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </VStack>
  );
}
