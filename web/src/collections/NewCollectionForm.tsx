import { Alert, Box, Button, Heading, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { COLLECTION_LIMITS } from '../../../schema/limits';
import { useNavigate } from 'react-router';
import { messageFor } from '../api/errors';
import { useMutation } from '../api/operations';
import { graphql } from '../graphql';

const CreateCollectionDocument = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) { id }
  }
`);

/** "Ny samling": a title and a description; then on to the new collection to fill it. */
export function NewCollectionForm({ regionCode }: { regionCode: string }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const createCollection = useMutation(CreateCollectionDocument);
  const busy = createCollection.fetching;
  const titleField = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!title.trim()) {
      setTitleError('Skriv en tittel på samlingen');
      titleField.current?.focus();
      return;
    }
    setTitleError(undefined);
    try {
      const created = await createCollection.run({
        input: { regionCode, title: title.trim(), description: description.trim() || undefined },
      });
      navigate(`/samling/${created.createCollection.id}`);
    } catch {
      // The form says what went wrong: createCollection.error.
    }
  };

  return (
    <Box padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle" className="narrow">
      <form onSubmit={submit} aria-labelledby="ny-samling" noValidate>
        <VStack gap="space-16">
          <Heading level="3" size="small" id="ny-samling">
            Ny samling
          </Heading>
          <TextField
            ref={titleField}
            label="Tittel"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={titleError}
            maxLength={COLLECTION_LIMITS.titleMax}
          />
          <Textarea
            label="Beskrivelse"
            description="Hva har praksisene i samlingen til felles, og hvem er den for? Du kan bruke Markdown."
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            maxLength={COLLECTION_LIMITS.descriptionMax}
            minRows={3}
          />
          {createCollection.error && (
            <Alert variant="error" size="small" role="alert">
              {messageFor(createCollection.error)}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={busy}>
              Opprett samling
            </Button>
          </div>
        </VStack>
      </form>
    </Box>
  );
}
