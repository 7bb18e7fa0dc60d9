import { BodyLong, BodyShort, Box, Detail, HStack, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { formatDate } from '../format';
import { DemoTag } from './DemoTag';
import { scoreText } from './rating-labels';

interface Props {
  score: number;
  comment?: string | null;
  updatedAt: string;
  /** What was rated, when the list is not about one practice. */
  title?: ReactNode;
  /** Who gave it, or what it is about; left out when empty. */
  children?: ReactNode;
  /** Made-up demo data: tagged so. */
  demo?: boolean;
}

/** One rating: score, date, comment, and a line about whom or what. */
export function RatingCard({ score, comment, updatedAt, title, children, demo }: Props) {
  return (
    <Box padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <VStack gap="space-8">
        {title}
        <HStack gap="space-8" justify="space-between" wrap>
          <HStack gap="space-8" align="center">
            <BodyShort weight="semibold">{scoreText(score)}</BodyShort>
            {demo && <DemoTag />}
          </HStack>
          <Detail>{formatDate(updatedAt)}</Detail>
        </HStack>
        {comment?.split(/\n\s*\n/).map((paragraph, index) => <BodyLong key={index}>{paragraph}</BodyLong>)}
        {children && <Detail>{children}</Detail>}
      </VStack>
    </Box>
  );
}
