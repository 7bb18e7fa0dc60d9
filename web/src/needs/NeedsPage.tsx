import { BodyLong, Heading, HStack, Radio, RadioGroup, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useMe } from '../auth/auth';
import type { KnowledgeNeedOrder } from '../graphql/graphql';
import { usePageTitle } from '../layout/usePageTitle';
import type { Need } from './NeedCard';
import { NeedForm } from './NeedForm';
import { NeedList } from './NeedList';
import './needs.css';

const ORDER: Record<KnowledgeNeedOrder, string> = { SUPPORT: 'Mest støttet', NEWEST: 'Nyeste' };
type Scope = 'region' | 'all';

export default function NeedsPage() {
  usePageTitle('Kunnskapsbehov');
  const me = useMe();
  const region = me.region;
  const [orderBy, setOrderBy] = useState<KnowledgeNeedOrder>('SUPPORT');
  const [scope, setScope] = useState<Scope>(region ? 'region' : 'all');
  // Needs posted during this visit come first, whatever the order: the poster wants to see theirs.
  const [posted, setPosted] = useState<Need[]>([]);
  const canPost = me.viewerCan.postKnowledgeNeeds;
  const regionCode = scope === 'region' && region ? region.code : undefined;

  return (
    <VStack gap="space-40">
      <VStack gap="space-8" className="narrow">
        <Heading level="1" size="xlarge">
          Kunnskapsbehov
        </Heading>
        <BodyLong>
          {canPost
            ? 'Det kontorene trenger å vite, men ikke har funnet en praksis for. Meld inn et behov, eller si fra at dere trenger det samme. Fylkesdirektøren ser hva som trengs mest, og kan svare med en praksis.'
            : 'Det kontorene trenger å vite, men ikke har funnet en praksis for, med hvor mange som trenger det samme.'}
        </BodyLong>
      </VStack>
      {canPost && <NeedForm askRegion={!region} onPosted={(need) => setPosted((previous) => [need, ...previous])} />}
      <VStack as="section" aria-labelledby="meldte-behov" gap="space-16">
        <Heading level="2" size="medium" id="meldte-behov">
          Behov som er meldt inn
        </Heading>
        <HStack gap="space-32" align="end">
          <Select label="Sorter etter" size="small" value={orderBy} onChange={(event) => setOrderBy(event.target.value as KnowledgeNeedOrder)}>
            {(Object.keys(ORDER) as KnowledgeNeedOrder[]).map((order) => (
              <option key={order} value={order}>
                {ORDER[order]}
              </option>
            ))}
          </Select>
          {region && (
            <RadioGroup legend="Vis behov fra" size="small" value={scope} onChange={(value: Scope) => setScope(value)}>
              <HStack gap="space-16">
                <Radio value="region">{`Mitt fylke (${region.name})`}</Radio>
                <Radio value="all">Hele landet</Radio>
              </HStack>
            </RadioGroup>
          )}
        </HStack>
        <NeedList
          key={`${orderBy}/${regionCode ?? 'alle'}`}
          orderBy={orderBy}
          regionCode={regionCode}
          posted={posted.filter((need) => !regionCode || need.region.code === regionCode)}
        />
      </VStack>
    </VStack>
  );
}
