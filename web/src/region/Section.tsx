import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';

/** A titled part of a page: a <section> named by its h2, with an optional line under the heading. */
export function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <VStack as="section" aria-labelledby={id} gap="space-12">
      <VStack gap="space-4">
        <Heading level="2" size="medium" id={id}>
          {title}
        </Heading>
        {description && <BodyShort className="narrow">{description}</BodyShort>}
      </VStack>
      {children}
    </VStack>
  );
}
