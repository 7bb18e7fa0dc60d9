import { Alert, Button, HStack, Loader, VStack } from '@navikt/ds-react';
import { messageFor } from '../api/errors';

/** What a page shows while its data loads or when loading failed: never a blank page. */
export function Loading({ title }: { title: string }) {
  return (
    <HStack justify="center" padding="space-32">
      <Loader size="xlarge" title={title} />
    </HStack>
  );
}

export function LoadFailed({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <VStack gap="space-16" align="start">
      <Alert variant="error">{messageFor(error)}</Alert>
      {retry && (
        <Button variant="secondary" onClick={retry}>
          Prøv igjen
        </Button>
      )}
    </VStack>
  );
}
