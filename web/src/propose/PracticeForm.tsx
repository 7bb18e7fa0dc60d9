import { Alert, Button, ErrorSummary, HStack, Link, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { messageFor } from '../api/errors';
import { fieldErrorOf, summaryMessage } from './field-labels';
import { LinksFields } from './LinksFields';
import { OfficeSelect, type OfficeGroup } from './OfficeSelect';
import { OutcomesFields } from './OutcomesFields';
import { PracticeFields } from './PracticeFields';
import type { PracticeValues } from './practice-values';
import { fieldId, inPageOrder, validatePractice, type FieldErrors } from './validate';

interface PracticeFormProps {
  initial: PracticeValues;
  submitLabel: string;
  /** Where "Avbryt" leads. */
  cancelTo: string;
  /** When given, the person chooses the origin office among these. */
  offices?: OfficeGroup[];
  /** Saves the practice; a thrown ApiError is shown next to its field, or above the buttons. */
  onSubmit: (values: PracticeValues) => Promise<void>;
}

/**
 * The practice form, shared by "Foreslå en praksis" and "Rediger praksis". It checks everything in
 * the browser before sending; after the first attempt it checks again as the person types.
 */
export function PracticeForm({ initial, submitLabel, cancelTo, offices, onSubmit }: PracticeFormProps) {
  const [values, setValues] = useState(initial);
  const [attempts, setAttempts] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const failureAlert = useRef<HTMLDivElement>(null);
  const chooseOffice = offices !== undefined;

  const clientErrors = attempts > 0 ? validatePractice(values, { chooseOffice }) : {};
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };
  const listed = inPageOrder(errors);

  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);
  useEffect(() => {
    if (failure) failureAlert.current?.focus();
  }, [failure]);

  /** Changes some fields; a server error about a changed field no longer applies. */
  const change = (changes: Partial<PracticeValues>) => {
    setValues((previous) => ({ ...previous, ...changes }));
    const changed = Object.keys(changes);
    setServerErrors((previous) =>
      Object.fromEntries(Object.entries(previous).filter(([path]) => !changed.includes(path.split('.')[0]))),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setServerErrors({});
    setFailure(undefined);
    if (Object.keys(validatePractice(values, { chooseOffice })).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const mapped = fieldErrorOf(error);
      if (mapped && (chooseOffice || !('originOffice' in mapped))) {
        setServerErrors(mapped);
        setAttempts((n) => n + 1);
      } else {
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="narrow">
      <VStack gap="space-32">
        {attempts > 0 && listed.length > 0 && (
          <ErrorSummary ref={summary} heading="Du må rette dette før du kan lagre:">
            {listed.map(([path, message]) => (
              <ErrorSummary.Item key={path} href={`#${fieldId(path)}`} onClick={(event) => goToField(event, path)}>
                {summaryMessage(path, message)}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        {offices && <OfficeSelect groups={offices} value={values.originOffice} error={errors.originOffice} onChange={(originOffice) => change({ originOffice })} />}
        <PracticeFields values={values} errors={errors} onChange={change} />
        <OutcomesFields outcomes={values.outcomes} errors={errors} onChange={(outcomes) => change({ outcomes })} />
        <LinksFields links={values.links} errors={errors} onChange={(links) => change({ links })} />
        {failure !== undefined && (
          <Alert variant="error" role="alert" ref={failureAlert} tabIndex={-1}>
            {messageFor(failure)}
          </Alert>
        )}
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Link as={RouterLink} to={cancelTo}>
            Avbryt
          </Link>
        </HStack>
      </VStack>
    </form>
  );
}

/** A link in the error summary moves focus into its field, not just the scroll position. */
function goToField(event: MouseEvent, path: string) {
  const field = document.getElementById(fieldId(path));
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}
