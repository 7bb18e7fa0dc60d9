import { BodyShort, Box, Button, Detail, Heading, HStack, Search, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { MAX_QUERY_LENGTH } from '../../../schema/limits';
import { messageFor } from '../api/errors';
import { useMutation, useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { Collection } from './CollectionPage';
import { formatNumber } from '../format';

const CollectionPracticeSearchDocument = graphql(`
  query CollectionPracticeSearch($query: String!) {
    searchPractices(query: $query, pageSize: 5) {
      totalHits
      hits {
        practice {
          id
          title
          originOffice { enhetsnummer name }
        }
      }
    }
  }
`);

const AddCollectionItemDocument = graphql(`
  mutation AddCollectionItem($input: AddCollectionItemInput!) {
    addCollectionItem(input: $input) { ...CollectionItemFields }
  }
`);

const TYPING_PAUSE_MS = 250;

interface Props {
  collection: Collection;
  announce: (variant: 'success' | 'error', text: string) => void;
}

/** "Legg til praksiser": search as you type, five hits at a time, each with "Legg til". */
export function AddPracticeSearch({ collection, announce }: Props) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const addItem = useMutation(AddCollectionItemDocument);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const add = async (practice: { id: string; title: string }) => {
    try {
      const { addCollectionItem } = await addItem.run({ input: { collectionId: collection.id, practiceId: practice.id, note: '' } });
      announce('success', `«${practice.title}» er lagt til i samlingen som nummer ${addCollectionItem.position + 1}`);
      // The pressed button is gone: back to the search field, to find the next one.
      field.current?.focus();
    } catch (error) {
      announce('error', messageFor(error));
    }
  };

  return (
    <VStack as="section" aria-labelledby="legg-til-praksiser" gap="space-16" className="narrow">
      <Heading level="2" size="medium" id="legg-til-praksiser">
        Legg til praksiser
      </Heading>
      <form role="search" onSubmit={(event) => (event.preventDefault(), setQuery(text.trim()))}>
        <Search
          ref={field}
          label="Finn praksis å legge til"
          description="Bare publiserte praksiser kan legges i en samling."
          variant="secondary"
          value={text}
          onChange={setText}
          onClear={() => setText('')}
          maxLength={MAX_QUERY_LENGTH}
        />
      </form>
      {query && <Hits query={query} inCollection={new Set(collection.items.map((item) => item.practice.id))} onAdd={add} />}
    </VStack>
  );
}

function Hits({ query, inCollection, onAdd }: { query: string; inCollection: Set<string>; onAdd: (practice: { id: string; title: string }) => Promise<void> }) {
  const result = useQuery(CollectionPracticeSearchDocument, { query });
  const search = result.data?.searchPractices;
  const [adding, setAdding] = useState<string | null>(null);

  const add = async (practice: { id: string; title: string }) => {
    if (adding) return;
    setAdding(practice.id);
    await onAdd(practice);
    setAdding(null);
  };

  return (
    <VStack gap="space-12">
      <BodyShort aria-live="polite" size="small">
        {result.error
          ? messageFor(result.error)
          : search
            ? `${formatNumber(search.totalHits)} treff${search.totalHits > search.hits.length ? `, viser de ${search.hits.length} beste` : ''}`
            : 'Søker …'}
      </BodyShort>
      {search && search.hits.length > 0 && (
        <ul className="plain-list" aria-label="Treff" aria-busy={result.fetching}>
          {search.hits.map(({ practice }) => {
            const titleId = `treff-${practice.id}`;
            return (
              <li key={practice.id}>
                <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
                  <HStack gap="space-12" justify="space-between" align="center">
                    <VStack gap="space-2">
                      <BodyShort weight="semibold" id={titleId}>
                        {practice.title}
                      </BodyShort>
                      <Detail>Fra {practice.originOffice.name}</Detail>
                    </VStack>
                    {inCollection.has(practice.id) ? (
                      <Detail>Er i samlingen</Detail>
                    ) : (
                      <Button size="small" variant="secondary" loading={adding === practice.id} disabled={false} onClick={() => add(practice)} aria-describedby={titleId}>
                        Legg til
                      </Button>
                    )}
                  </HStack>
                </Box>
              </li>
            );
          })}
        </ul>
      )}
    </VStack>
  );
}
