import { CheckmarkIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { messageFor } from '../api/errors';
import { useMutation } from '../api/operations';
import { graphql } from '../graphql';
import type { KnowledgeNeedFieldsFragment } from '../graphql/graphql';
import { formatDate, formatNumber } from '../format';
import { THEME } from '../labels';

export const KnowledgeNeedFields = graphql(`
  fragment KnowledgeNeedFields on KnowledgeNeed {
    id
    title
    description
    themes
    supportCount
    supportedByMe
    viewerCan { support }
    createdAt
    region { code name }
    answeredBy { id slug title }
  }
`);

const SupportKnowledgeNeedDocument = graphql(`
  mutation SupportKnowledgeNeed($id: ID!) {
    supportKnowledgeNeed(id: $id) { id supportCount supportedByMe }
  }
`);

export type Need = KnowledgeNeedFieldsFragment;

export const supportText = (count: number) => `${formatNumber(count)} ${count === 1 ? 'person' : 'personer'} trenger dette`;

/** One knowledge need: what, why, themes, how many need it, "Vi trenger dette også", and its answer. */
export function NeedCard({ need }: { need: Need }) {
  const supportNeed = useMutation(SupportKnowledgeNeedDocument);
  const busy = supportNeed.fetching;
  const titleId = `behov-${need.id}`;

  const support = () => {
    if (busy || need.supportedByMe) return;
    // The cache gives every list that shows the need its new count; a failure is shown below.
    supportNeed.run({ id: need.id }).catch(() => undefined);
  };

  return (
    <Box padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
      <VStack gap="space-12">
        <VStack gap="space-4">
          <Heading level="3" size="small" id={titleId}>
            {need.title}
          </Heading>
          <Detail>{`${need.region.name} · meldt inn ${formatDate(need.createdAt)}`}</Detail>
        </VStack>
        <BodyLong className="need-description">{need.description}</BodyLong>
        {need.themes.length > 0 && (
          <ul className="inline-list" aria-label="Tema">
            {need.themes.map((theme) => (
              <li key={theme}>
                <Tag variant="outline" size="small">
                  {THEME[theme]}
                </Tag>
              </li>
            ))}
          </ul>
        )}
        {need.answeredBy && (
          <HStack gap="space-8" align="center">
            <Tag variant="moderate" data-color="success" size="small">
              Besvart
            </Tag>
            <BodyShort>
              {'Besvart med: '}
              <Link as={RouterLink} to={`/praksis/${need.answeredBy.slug}`}>
                {need.answeredBy.title}
              </Link>
            </BodyShort>
          </HStack>
        )}
        <HStack gap="space-16" align="center">
          <BodyShort weight="semibold" aria-live="polite" aria-atomic="true">
            {supportText(need.supportCount)}
          </BodyShort>
          {need.viewerCan.support &&
            (need.supportedByMe ? (
              // Not disabled for real: focus stays on it after a press, and it still says why.
              <Button size="small" variant="secondary" className="aksel-button--disabled" icon={<CheckmarkIcon aria-hidden />} aria-disabled="true" aria-describedby={titleId} onClick={() => undefined}>
                Du støtter dette
              </Button>
            ) : (
              <Button size="small" variant="secondary" loading={busy} disabled={false} onClick={support} aria-describedby={titleId}>
                Vi trenger dette også
              </Button>
            ))}
        </HStack>
        {supportNeed.error && (
          <Alert variant="error" size="small" role="alert">
            {messageFor(supportNeed.error)}
          </Alert>
        )}
      </VStack>
    </Box>
  );
}
