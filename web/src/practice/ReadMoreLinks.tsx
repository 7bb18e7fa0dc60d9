import { Heading, Link, List, VStack } from '@navikt/ds-react';
import type { Practice } from './practice-types';

/** "Les mer": evaluations, reports and guides about the practice. */
export function ReadMoreLinks({ links }: { links: Practice['links'] }) {
  if (links.length === 0) return null;
  return (
    <VStack as="section" aria-labelledby="les-mer" gap="space-8">
      <Heading level="2" size="medium" id="les-mer">
        Les mer
      </Heading>
      <List>
        {links.map((link) => (
          <List.Item key={link.url}>
            <Link href={link.url}>{link.title}</Link>
          </List.Item>
        ))}
      </List>
    </VStack>
  );
}
