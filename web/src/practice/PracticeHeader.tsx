import { PencilIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { PRACTICE_STATUS } from '../labels';
import type { Practice } from './practice-types';

export function PracticeHeader({ practice }: { practice: Practice }) {
  const { status } = practice;
  return (
    <VStack gap="space-16" as="header">
      <HStack gap="space-12" align="center" wrap>
        <Heading level="1" size="xlarge">
          {practice.title}
        </Heading>
        {status !== 'PUBLISHED' && (
          <Tag variant="moderate" data-color={status === 'DRAFT' ? 'warning' : 'neutral'}>
            {PRACTICE_STATUS[status]}
          </Tag>
        )}
      </HStack>
      <BodyLong size="large">{practice.summary}</BodyLong>
      {status === 'DRAFT' && (
        <Alert variant="info" size="small">
          <VStack gap="space-8" align="start">
            Utkastet er ikke publisert ennå. Bare forslagsstilleren, fylkesdirektøren i fylket og redaktørene kan se det.
            <Link as={RouterLink} to={`/praksis/${practice.slug}/rediger`}>
              <PencilIcon aria-hidden />
              Rediger utkastet
            </Link>
          </VStack>
        </Alert>
      )}
      {status === 'ARCHIVED' && (
        <Alert variant="warning" size="small">
          Praksisen er arkivert. Den kan ikke lenger vurderes eller tas i bruk av flere kontorer.
        </Alert>
      )}
    </VStack>
  );
}
