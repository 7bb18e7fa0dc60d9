import { TrashIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Modal } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { messageFor } from '../api/errors';
import { useMutation } from '../api/operations';
import { graphql } from '../graphql';
import type { Collection } from './CollectionPage';

const DeleteCollectionDocument = graphql(`
  mutation DeleteCollection($id: ID!) {
    deleteCollection(id: $id)
  }
`);

/** "Slett samlingen", confirmed in a modal; then back to the region. The practices stay. */
export function DeleteCollection({ collection }: { collection: Collection }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const deleteCollection = useMutation(DeleteCollectionDocument);
  const busy = deleteCollection.fetching;

  const remove = async () => {
    if (busy) return;
    try {
      await deleteCollection.run({ id: collection.id });
      setOpen(false);
      navigate(`/region/${collection.region.code}`);
    } catch {
      // The modal says what went wrong: deleteCollection.error.
    }
  };

  return (
    <>
      <Button variant="secondary" data-color="danger" icon={<TrashIcon aria-hidden />} onClick={() => setOpen(true)}>
        Slett samlingen
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} header={{ heading: 'Slette samlingen?' }} width="small">
        <Modal.Body>
          <BodyLong>{`«${collection.title}» og notatene i den blir slettet for godt. Praksisene i samlingen blir ikke berørt.`}</BodyLong>
          {deleteCollection.error && (
            <Alert variant="error" size="small" role="alert">
              {messageFor(deleteCollection.error)}
            </Alert>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button data-color="danger" loading={busy} onClick={remove}>
            Ja, slett samlingen
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Avbryt
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
