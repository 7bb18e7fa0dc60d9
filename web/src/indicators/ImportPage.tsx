import { Alert, BodyLong, BodyShort, Button, Heading, Link, List, Table, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { INDICATOR_LIMITS } from '../../../schema/limits';
import { columnLabel, lineMessage } from './line-messages';
import { TOO_LARGE, useImportIndicatorValues, type ImportOutcome } from './useImportIndicatorValues';
import { formatNumber } from '../format';

const ImportAccessDocument = graphql(`
  query IndicatorImportAccess {
    viewerCanImportIndicatorValues
    indicators { code name }
  }
`);

/** Directors and editors load monthly indicator values from a CSV file and see what happened. */
export default function ImportPage() {
  usePageTitle('Last inn indikatorverdier');
  const access = useQuery(ImportAccessDocument, {});
  return (
    <VStack gap="space-24" maxWidth="50rem">
      <Heading level="1" size="xlarge">
        Last inn indikatorverdier
      </Heading>
      {!access.data ? (
        access.error ? <LoadFailed error={access.error} retry={access.reload} /> : <Loading title="Laster" />
      ) : !access.data.viewerCanImportIndicatorValues ? (
        <Alert variant="info">Bare fylkesdirektører og redaktører kan laste inn indikatorverdier.</Alert>
      ) : (
        <ImportForm codes={access.data.indicators.map((indicator) => indicator.code)} />
      )}
      <Link as={RouterLink} to="/hvem-lykkes">
        Tilbake til Hvem lykkes?
      </Link>
    </VStack>
  );
}

function ImportForm({ codes }: { codes: string[] }) {
  const { run, busy } = useImportIndicatorValues();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    const text = await file.text();
    setOutcome(text.length > INDICATOR_LIMITS.importMaxChars ? { kind: 'failed', message: TOO_LARGE } : await run(text));
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <VStack gap="space-16">
      <BodyLong>
        Filen er en CSV-fil med én rad per kontor, indikator og måned. Første linje navngir kolonnene: enhetsnummer, indikator (koden),
        måned (ÅÅÅÅ-MM), faktisk og forventet. Semikolon med desimalkomma, slik norske regneark lagrer, og komma med desimalpunktum går
        begge. Fylkesdirektører kan laste inn verdier for kontorene i sitt fylke.
      </BodyLong>
      <BodyShort size="small">{`Eksempel: «0602;ARBEIDSINDIKATOR;2026-10;54,2;51,0». Indikatorkoder: ${codes.join(', ')}.`}</BodyShort>
      <BodyShort size="small">
        {`Hele filen sjekkes før noe lagres: har én rad feil, lagres ingenting. En verdi som allerede finnes for samme kontor, indikator og måned, erstattes, så samme fil to ganger endrer ingenting andre gang. Høyst ${formatNumber(INDICATOR_LIMITS.importMaxRows)} rader per fil.`}
      </BodyShort>
      <form onSubmit={submit} noValidate>
        <VStack gap="space-16" align="start">
          <div className="navds-form-field">
            <label htmlFor="indicator-file" className="navds-label">
              CSV-fil
            </label>
            <input
              id="indicator-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-invalid={missingFile || undefined}
              aria-describedby={missingFile ? 'indicator-file-error' : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMissingFile(false);
              }}
            />
            {missingFile && (
              <BodyShort id="indicator-file-error" className="navds-error-message">
                Velg en fil å laste inn.
              </BodyShort>
            )}
          </div>
          <Button type="submit" loading={busy}>
            Last inn
          </Button>
        </VStack>
      </form>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {outcome && <Outcome outcome={outcome} />}
      </div>
    </VStack>
  );
}

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === 'done') {
    const { rows, inserted, updated, unchanged, offices, indicators, firstMonth, lastMonth } = outcome.result;
    return (
      <Alert variant="success">
        <Heading level="2" size="small">
          Verdiene er lastet inn
        </Heading>
        <List>
          <List.Item>{`${rows} rader for ${offices} kontorer og ${indicators} indikatorer, ${firstMonth} til ${lastMonth}.`}</List.Item>
          <List.Item>{`${inserted} nye verdier, ${updated} endrede og ${unchanged} uendrede.`}</List.Item>
        </List>
      </Alert>
    );
  }
  if (outcome.kind === 'refused') {
    return (
      <VStack gap="space-8">
        <Alert variant="error">
          <Heading level="2" size="small">
            Ingenting ble lagret
          </Heading>
          <BodyShort>
            {outcome.forbidden
              ? `${outcome.count} ${outcome.count === 1 ? 'rad gjelder' : 'rader gjelder'} kontorer utenfor fylket ditt.`
              : `${outcome.count} ${outcome.count === 1 ? 'rad har' : 'rader har'} feil. Rett dem og last inn filen på nytt.`}
          </BodyShort>
        </Alert>
        <Table size="small">
          <caption className="aksel-sr-only">Rader med feil</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">Linje</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">Kolonne</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">Feil</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {outcome.lines.map((line, i) => (
              <Table.Row key={`${line.line}-${i}`}>
                <Table.HeaderCell scope="row">{line.line}</Table.HeaderCell>
                <Table.DataCell>{columnLabel(line.column)}</Table.DataCell>
                <Table.DataCell>{lineMessage(line.message)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {outcome.count > outcome.lines.length && <BodyShort size="small">{`Viser de første ${outcome.lines.length} av ${outcome.count}.`}</BodyShort>}
      </VStack>
    );
  }
  return <Alert variant="error">{outcome.message}</Alert>;
}
