import { Alert, BodyShort } from '@navikt/ds-react';

/** Says plainly that the figures shown are made up, wherever demo values appear. */
export function DemoNotice({ what = 'Tallene' }: { what?: string }) {
  return (
    <Alert variant="warning" size="small">
      <BodyShort size="small">{`${what} er demodata: oppdiktede verdier som viser hvordan siden virker, ikke faktiske resultater.`}</BodyShort>
    </Alert>
  );
}
