import { TrashIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Modal } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import { messageFor } from '../api/errors';
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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await request(DeleteCollectionDocument, { id: collection.id });
      setOpen(false);
      navigate(`/region/${collection.region.code}`);
    } catch (error) {
      setFailure(error);
      setBusy(false);
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
          {failure !== undefined && (
            <Alert variant="error" size="small" role="alert">
              {messageFor(failure)}
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
