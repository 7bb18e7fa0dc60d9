import { BodyLong, Box, Detail, Heading, Link, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import type { EvidenceGapMapQuery, TargetGroup, Theme } from '../graphql/graphql';
import { TARGET_GROUP, THEME } from '../labels';
import { Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { FACET_PARAMS } from '../search/search-params';
import './gap-map.css';

const EvidenceGapMapDocument = graphql(`
  query EvidenceGapMap($regionCode: String) {
    evidenceGapMap(regionCode: $regionCode) {
      regionCode
      cells { theme targetGroup practiceCount bestStrength practices { slug title strength } }
    }
    regions { code name }
  }
`);

type Cell = EvidenceGapMapQuery['evidenceGapMap']['cells'][number];

const THEMES = Object.keys(THEME) as Theme[];
const GROUPS = Object.keys(TARGET_GROUP) as TargetGroup[];

/** The search for a cell's practices. */
const searchLink = (theme: Theme, group: TargetGroup) => `/?${new URLSearchParams([[FACET_PARAMS.themes, theme], [FACET_PARAMS.targetGroups, group]])}`;

/** The knowledge-need form, filled in for an empty cell. */
const needLink = (theme: Theme, group: TargetGroup) =>
  `/kunnskapsbehov?${new URLSearchParams([
    ['tittel', `${THEME[theme]} for ${TARGET_GROUP[group].toLowerCase()}`],
    ['beskrivelse', `Kunnskapskartet har ingen praksis for målgruppen «${TARGET_GROUP[group]}» innen temaet «${THEME[theme]}». Vi trenger å vite hva som virker.`],
    ['tema', theme],
  ])}#meld-inn-behov`;

/**
 * "Kunnskapskart": target groups × themes, each cell with how many published practices it has and
 * their best evidence strength; an empty cell is a gap, and offers to report the need. Directors
 * see their own fylke first.
 */
export default function GapMapPage() {
  usePageTitle('Kunnskapskart');
  const me = useMe();
  // Directors (who see their region's overview) start in their own fylke; everyone else in the whole country.
  const [regionCode, setRegionCode] = useState(me.region?.viewerCan.seeOverview ? me.region.code : '');
  const result = useQuery(EvidenceGapMapDocument, { regionCode: regionCode || null });
  const map = result.data?.evidenceGapMap;
  const cells = new Map((map?.cells ?? []).map((cell) => [`${cell.theme}|${cell.targetGroup}`, cell]));
  const regionName = result.data?.regions.find((region) => region.code === regionCode)?.name;
  const gaps = THEMES.length * GROUPS.length - cells.size;

  return (
    <VStack gap="space-32">
      <VStack gap="space-8" className="narrow">
        <Heading level="1" size="xlarge">
          Kunnskapskart
        </Heading>
        <BodyLong>
          Hvor finnes det praksiser, og hvor sterk er kunnskapen om dem? Hver rute viser hvor mange publiserte praksiser et tema
          har for en målgruppe, og den sterkeste forskningen bak dem (1–5). Tomme ruter er hull i kunnskapen: meld inn behovet.
        </BodyLong>
      </VStack>
      <Select
        label="Fylke"
        description="Praksiser fra fylket, og praksiser kontorer i fylket prøver ut eller bruker."
        value={regionCode}
        onChange={(event) => setRegionCode(event.target.value)}
        className="narrow"
      >
        <option value="">Hele landet</option>
        {result.data?.regions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </Select>
      {!map ? (
        <Loading title="Laster kunnskapskartet" />
      ) : (
        <VStack gap="space-12">
          <BodyLong>{`${regionName ?? 'Hele landet'}: ${cells.size} ruter med praksiser, ${gaps} uten.`}</BodyLong>
          <Box overflowX="auto" tabIndex={0} role="region" aria-labelledby="kunnskapskart-tabell" className="gap-map">
            <table className="gap-map__table">
              <caption id="kunnskapskart-tabell">{`Kunnskapskart: tema og målgruppe, ${regionName ?? 'hele landet'}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Tema</th>
                  {GROUPS.map((group) => (
                    <th key={group} scope="col">
                      {TARGET_GROUP[group]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {THEMES.map((theme) => (
                  <tr key={theme}>
                    <th scope="row">{THEME[theme]}</th>
                    {GROUPS.map((group) => (
                      <GapCell key={group} theme={theme} group={group} cell={cells.get(`${theme}|${group}`)} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Box>
        </VStack>
      )}
    </VStack>
  );
}

function GapCell({ theme, group, cell }: { theme: Theme; group: TargetGroup; cell: Cell | undefined }) {
  const where = `${THEME[theme]}, ${TARGET_GROUP[group]}`;
  if (!cell) {
    return (
      <td className="gap-map__cell gap-map__cell--empty">
        <Link as={RouterLink} to={needLink(theme, group)} aria-label={`Meld kunnskapsbehov: ${where}`}>
          Meld kunnskapsbehov
        </Link>
      </td>
    );
  }
  const strength = cell.bestStrength;
  return (
    <td className={`gap-map__cell gap-map__cell--strength-${strength ?? 0}`}>
      <Link as={RouterLink} to={searchLink(theme, group)} aria-label={`${cell.practiceCount} ${cell.practiceCount === 1 ? 'praksis' : 'praksiser'}: ${where}`}>
        {`${cell.practiceCount} ${cell.practiceCount === 1 ? 'praksis' : 'praksiser'}`}
      </Link>
      <Detail as="span">{strength ? `Forskning ${strength} av 5` : 'Ingen forskning'}</Detail>
      {cell.practices[0] && cell.practices[0].strength && (
        <Detail as="span">
          <Link as={RouterLink} to={`/praksis/${cell.practices[0].slug}`}>
            {cell.practices[0].title}
          </Link>
        </Detail>
      )}
    </td>
  );
}
