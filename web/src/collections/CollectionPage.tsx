import { BodyShort, Button, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { useRef } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { messageFor, type ApiError } from '../api/errors';
import { useMutation, useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { CollectionPageQuery } from '../graphql/graphql';
import { formatDate } from '../format';
import { LoadFailed, Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { PracticeDescription } from '../practice/PracticeDescription';
import { AddPracticeSearch } from './AddPracticeSearch';
import { Announcer, useAnnouncer } from './Announcer';
import { CollectionItems } from './CollectionItems';
import { DeleteCollection } from './DeleteCollection';
import { itemCount } from './item-count';

export const CollectionItemFields = graphql(`
  fragment CollectionItemFields on CollectionItem {
    id
    note
    position
    practice { id slug title summary }
  }
`);

const CollectionPageDocument = graphql(`
  query CollectionPage($id: ID!) {
    collection(id: $id) {
      id
      title
      description
      published
      publishedAt
      region { code name viewerCan { seeOverview } }
      items { ...CollectionItemFields }
      viewerCan { curate publish }
    }
  }
`);

const PublishCollectionDocument = graphql(`
  mutation PublishCollection($id: ID!) {
    publishCollection(id: $id) { id published publishedAt viewerCan { curate publish } }
  }
`);

export type Collection = CollectionPageQuery['collection'];
export type Item = Collection['items'][number];

export default function CollectionPage() {
  const { id = '' } = useParams();
  return <CollectionView key={id} id={id} />;
}

function CollectionView({ id }: { id: string }) {
  const result = useQuery(CollectionPageDocument, { id });
  const collection = result.data?.collection;
  usePageTitle(collection?.title ?? (result.error ? unavailable(result.error).title : undefined));
  const { announcement, announce } = useAnnouncer();
  const publishCollection = useMutation(PublishCollectionDocument);
  const publishing = publishCollection.fetching;
  const status = useRef<HTMLDivElement>(null);

  if (!collection) {
    return result.error ? <CollectionUnavailable error={result.error} retry={result.reload} /> : <Loading title="Laster samlingen" />;
  }

  const curator = collection.viewerCan.curate;
  const publish = async () => {
    if (publishing) return;
    try {
      await publishCollection.run({ id: collection.id });
      announce('success', 'Samlingen er publisert. Nå ser alle i fylket den på søkesiden.');
    } catch (error) {
      announce('error', messageFor(error));
    } finally {
      // The button is gone once published: focus goes to what happened.
      status.current?.focus();
    }
  };

  return (
    <VStack gap="space-40" maxWidth="60rem">
      <VStack gap="space-12" as="header">
        <HStack gap="space-12" align="center">
          <Heading level="1" size="xlarge">
            {collection.title}
          </Heading>
          {!collection.published && (
            <Tag variant="moderate" data-color="warning" size="small">
              Upublisert
            </Tag>
          )}
        </HStack>
        <Detail>
          {'Samling fra '}
          {collection.region.viewerCan.seeOverview ? (
            <Link as={RouterLink} to={`/region/${collection.region.code}`}>
              {collection.region.name}
            </Link>
          ) : (
            collection.region.name
          )}
          {` · ${itemCount(collection.items.length)}`}
          {collection.publishedAt && ` · publisert ${formatDate(collection.publishedAt)}`}
        </Detail>
        {collection.description.trim() && <PracticeDescription markdown={collection.description} />}
        {curator && (
          <HStack gap="space-12">
            {collection.viewerCan.publish && (
              <Button onClick={publish} loading={publishing} disabled={false}>
                Publiser samlingen
              </Button>
            )}
            <DeleteCollection collection={collection} />
          </HStack>
        )}
        {curator && <Announcer announcement={announcement} ref={status} />}
      </VStack>
      <CollectionItems collection={collection} curator={curator} announce={announce} />
      {curator && <AddPracticeSearch collection={collection} announce={announce} />}
      {!curator && collection.items.length === 0 && <BodyShort>Samlingen er tom.</BodyShort>}
    </VStack>
  );
}

function unavailable(error: ApiError) {
  if (error.code === 'FORBIDDEN') return { title: 'Samlingen er ikke publisert ennå', text: 'En samling kan bare ses av fylkesdirektøren i fylket og redaktørene til den er publisert.' };
  if (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT') {
    return { title: 'Fant ikke samlingen', text: 'Adressen kan være feil, eller samlingen kan være slettet.' };
  }
  return { title: 'Kunne ikke vise samlingen', text: undefined };
}

function CollectionUnavailable({ error, retry }: { error: ApiError; retry: () => void }) {
  const { title, text } = unavailable(error);
  return (
    <VStack gap="space-16" align="start" className="narrow">
      <Heading level="1" size="xlarge">
        {title}
      </Heading>
      {text ? <BodyShort>{text}</BodyShort> : <LoadFailed error={error} retry={retry} />}
      <Link as={RouterLink} to="/">
        Gå til søket
      </Link>
    </VStack>
  );
}
