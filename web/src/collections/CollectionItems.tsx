import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { request } from '../api/client';
import { messageFor } from '../api/errors';
import { graphql } from '../graphql';
import { CollectionItemCard, type Direction } from './CollectionItemCard';
import type { Collection, Item, UpdateCollection } from './CollectionPage';
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

/** The items in a new order: `id` moved to `to`, the others closed up, as the API does it. */
const reordered = (items: Item[], id: string, to: number) => {
  const moved = items.find((item) => item.id === id);
  if (!moved) return items;
  const rest = items.filter((item) => item.id !== id);
  rest.splice(to, 0, moved);
  return rest.map((item, position) => ({ ...item, position }));
};

interface Props {
  collection: Collection;
  curator: boolean;
  update: UpdateCollection;
  announce: (variant: 'success' | 'error', text: string) => void;
}

/**
 * "Praksiser i samlingen", in order. Curators reorder with "Flytt opp"/"Flytt ned" (focus stays on
 * the moved item's button) or by dragging an item's handle onto another item; every move is announced.
 */
export function CollectionItems({ collection, curator, update, announce }: Props) {
  const items = collection.items;
  const busy = useRef(false);
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
    if (busy.current || from < 0 || to < 0 || to >= items.length || to === from) return;
    busy.current = true;
    try {
      await request(MoveCollectionItemDocument, { itemId: item.id, position: to });
      if (direction) focusAfter.current = { id: item.id, direction };
      update((current) => ({ ...current, items: reordered(current.items, item.id, to) }));
      announce('success', `«${item.practice.title}» er flyttet til plass ${to + 1} av ${items.length}`);
    } catch (error) {
      announce('error', messageFor(error));
    } finally {
      busy.current = false;
    }
  };

  const remove = async (item: Item) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const { removeCollectionItem } = await request(RemoveCollectionItemDocument, { itemId: item.id });
      update((current) => ({ ...current, items: removeCollectionItem.items }));
      announce('success', `«${item.practice.title}» er fjernet fra samlingen`);
      // The pressed button is gone with its item.
      heading.current?.focus();
    } catch (error) {
      announce('error', messageFor(error));
    } finally {
      busy.current = false;
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
