import { Alert, Box, Button, Detail, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { messageFor } from '../api/errors';
import type { DraftsQuery } from '../graphql/graphql';
import { formatDate } from '../labels';

export type Draft = DraftsQuery['practices']['edges'][number]['node'];

/** The drafts, each with a link to read it, one to edit it and, where the viewer may, "Publiser". */
export function DraftList({ drafts, onPublish }: { drafts: Draft[]; onPublish: (draft: Draft) => Promise<void> }) {
  return (
    <ul className="plain-list" aria-label="Utkast">
      {drafts.map((draft) => (
        <li key={draft.id}>
          <DraftItem draft={draft} onPublish={onPublish} />
        </li>
      ))}
    </ul>
  );
}

function DraftItem({ draft, onPublish }: { draft: Draft; onPublish: (draft: Draft) => Promise<void> }) {
  const [publishing, setPublishing] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const titleId = `utkast-${draft.id}`;

  const publish = async () => {
    if (publishing) return;
    setPublishing(true);
    setFailure(undefined);
    try {
      await onPublish(draft);
    } catch (error) {
      setFailure(error);
      setPublishing(false);
    }
  };

  return (
    <Box padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
      <VStack gap="space-12">
        <VStack gap="space-4">
          <Heading level="2" size="small" id={titleId}>
            <Link as={RouterLink} to={`/praksis/${draft.slug}`}>
              {draft.title}
            </Link>
          </Heading>
          <Detail>
            Fra {draft.originOffice.name} · opprettet {formatDate(draft.createdAt)}
          </Detail>
        </VStack>
        <HStack gap="space-16" align="center">
          <Link as={RouterLink} to={`/praksis/${draft.slug}/rediger`} aria-describedby={titleId}>
            Rediger
          </Link>
          {draft.viewerCan.publish && (
            <Button size="small" variant="secondary" loading={publishing} onClick={publish} aria-describedby={titleId}>
              Publiser
            </Button>
          )}
        </HStack>
        {failure !== undefined && (
          <Alert variant="error" size="small" role="alert">
            {messageFor(failure)}
          </Alert>
        )}
      </VStack>
    </Box>
  );
}
