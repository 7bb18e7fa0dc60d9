import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import { DemoNotice } from '../indicators/DemoNotice';
import { ORGANISATION, PARTNERSHIP_MODEL, similarityText } from '../indicators/indicator-labels';
import '../indicators/indicators.css';
import { LoadFailed, Loading } from '../layout/PageState';
import { formatNumber } from '../format';

const OfficeContextDocument = graphql(`
  query OfficeContext($enhetsnummer: ID!) {
    office(enhetsnummer: $enhetsnummer) {
      enhetsnummer
      context { population centrality employees unemploymentRate organisation partnershipModel demo source }
    }
    similarOffices(enhetsnummer: $enhetsnummer, first: 5) {
      distance
      reasons
      office { enhetsnummer name region { code name } }
    }
  }
`);

/** Whom the office serves and how it works, and the offices most like it. */
export function OfficeContextSection({ enhetsnummer }: { enhetsnummer: string }) {
  const result = useQuery(OfficeContextDocument, { enhetsnummer });
  const context = result.data?.office.context;
  return (
    <VStack as="section" gap="space-16" aria-labelledby="kontorets-forhold">
      <Heading level="2" size="medium" id="kontorets-forhold">
        Kontorets forhold og kontorer som ligner
      </Heading>
      {!result.data ? (
        result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Laster kontorets forhold" />
      ) : !context ? (
        <BodyShort>Vi kjenner ikke kontorets forhold ennå.</BodyShort>
      ) : (
        <>
          {context.demo && <DemoNotice what="Tallene om kontorets forhold" />}
          <dl className="context-facts">
            <dt>Innbyggere</dt>
            <dd>{formatNumber(context.population)}</dd>
            <dt>Sentralitet (SSB, 1–6)</dt>
            <dd>{context.centrality}</dd>
            <dt>Ansatte</dt>
            <dd>{formatNumber(context.employees)}</dd>
            <dt>Registrert ledighet</dt>
            <dd>{`${formatNumber(context.unemploymentRate)} %`}</dd>
            <dt>Organisering</dt>
            <dd>{`${ORGANISATION[context.organisation]}; ${PARTNERSHIP_MODEL[context.partnershipModel].toLowerCase()}`}</dd>
          </dl>
          <Heading level="3" size="small">
            Kontorer som ligner
          </Heading>
          <ul>
            {result.data.similarOffices.map((similar) => (
              <li key={similar.office.enhetsnummer}>
                <Link as={RouterLink} to={`/kontor/${similar.office.enhetsnummer}`}>
                  {similar.office.name}
                </Link>
                {` (${similar.office.region.name}): ${similarityText(similar.reasons)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </VStack>
  );
}
