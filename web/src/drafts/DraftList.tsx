import { Alert, Box, Button, Detail, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { messageFor } from '../api/errors';
import { useMutation } from '../api/operations';
import { graphql } from '../graphql';
import type { DraftsQuery } from '../graphql/graphql';
import { formatDate } from '../format';

export type Draft = DraftsQuery['practices']['edges'][number]['node'];

const PublishPracticeDocument = graphql(`
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      id
      slug
      status
    }
  }
`);

/** The drafts, each with a link to read it, one to edit it and, where the viewer may, "Publiser". */
export function DraftList({ drafts, onPublished }: { drafts: Draft[]; onPublished: (draft: Draft) => void }) {
  return (
    <ul className="plain-list" aria-label="Utkast">
      {drafts.map((draft) => (
        <li key={draft.id}>
          <DraftItem draft={draft} onPublished={onPublished} />
        </li>
      ))}
    </ul>
  );
}

function DraftItem({ draft, onPublished }: { draft: Draft; onPublished: (draft: Draft) => void }) {
  const publishPractice = useMutation(PublishPracticeDocument);
  const publishing = publishPractice.fetching;
  const titleId = `utkast-${draft.id}`;

  const publish = async () => {
    if (publishing) return;
    try {
      await publishPractice.run({ id: draft.id });
      onPublished(draft);
    } catch {
      // Said below: publishPractice.error.
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
        {publishPractice.error && (
          <Alert variant="error" size="small" role="alert">
            {messageFor(publishPractice.error)}
          </Alert>
        )}
      </VStack>
    </Box>
  );
}
