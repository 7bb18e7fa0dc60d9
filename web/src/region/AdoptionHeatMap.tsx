import { BodyShort, Link } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { AdoptionStatus, RegionOverviewQuery } from '../graphql/graphql';
import { ADOPTION_STATUS } from '../labels';
import { Section } from './Section';

type Matrix = RegionOverviewQuery['regionOverview']['adoptionMatrix'];

/** The short form shown in a cell; the full word is there for screen readers, and in the legend. */
const SHORT: Record<AdoptionStatus, string> = { IN_USE: 'B', PILOTING: 'P', CONSIDERING: 'V', DISCONTINUED: 'A' };
const ORDER: AdoptionStatus[] = ['IN_USE', 'PILOTING', 'CONSIDERING', 'DISCONTINUED'];

function StatusCell({ status }: { status: AdoptionStatus | undefined }) {
  if (!status) {
    return (
      <>
        <span aria-hidden="true">·</span>
        <span className="aksel-sr-only">Ingen</span>
      </>
    );
  }
  return (
    <span className={`status-cell status-${status}`}>
      <span aria-hidden="true">{SHORT[status]}</span>
      <span className="aksel-sr-only">{ADOPTION_STATUS[status]}</span>
    </span>
  );
}

/**
 * "Kontorer og praksiser": a heat map as a real table. Each cell says the status in letters as well
 * as in colour, and the legend explains both. A wide table scrolls sideways in a focusable region.
 */
export function AdoptionHeatMap({ matrix }: { matrix: Matrix }) {
  const status = new Map(matrix.cells.map((cell) => [`${cell.office}/${cell.practiceId}`, cell.status]));
  return (
    <Section id="kontorer-og-praksiser" title="Kontorer og praksiser" description="Hvilke kontorer i fylket som bruker, prøver ut, vurderer eller har avsluttet hvilke praksiser.">
      {matrix.practices.length === 0 || matrix.offices.length === 0 ? (
        <BodyShort>Ingen kontorer i fylket har registrert praksiser ennå.</BodyShort>
      ) : (
        <>
          <ul className="heatmap-legend" aria-label="Forklaring">
            {ORDER.map((value) => (
              <li key={value}>
                <span className={`status-cell status-${value}`} aria-hidden="true">
                  {SHORT[value]}
                </span>
                <BodyShort as="span" size="small">
                  {ADOPTION_STATUS[value]}
                </BodyShort>
              </li>
            ))}
            <li>
              <span className="status-cell" aria-hidden="true">
                ·
              </span>
              <BodyShort as="span" size="small">
                Ikke registrert
              </BodyShort>
            </li>
          </ul>
          <div className="table-scroll" role="region" aria-label="Kontorer og praksiser, tabell som kan rulles sideveis" tabIndex={0}>
            <table className="heatmap">
              <caption className="aksel-sr-only">Status for hver praksis ved hvert kontor i fylket</caption>
              <thead>
                <tr>
                  <th scope="col">Kontor</th>
                  {matrix.practices.map((practice) => (
                    <th key={practice.id} scope="col">
                      {practice.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.offices.map((office) => (
                  <tr key={office.enhetsnummer}>
                    <th scope="row">
                      <Link as={RouterLink} to={`/kontor/${office.enhetsnummer}`}>
                        {office.name}
                      </Link>
                    </th>
                    {matrix.practices.map((practice) => (
                      <td key={practice.id}>
                        <StatusCell status={status.get(`${office.enhetsnummer}/${practice.id}`)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
