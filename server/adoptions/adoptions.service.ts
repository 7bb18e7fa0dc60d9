import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { checkId, today } from '../common/ids.js';
import { Office } from '../offices/office.entity.js';
import { canActFor } from '../offices/office.policy.js';
import { lockPractice } from '../practices/practice.lock.js';
import { refreshAggregates } from '../practices/practice-aggregates.js';
import { Practice } from '../practices/practice.entity.js';
import { canWrite } from '../practices/practice.policy.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import { enqueueSearchUpdate } from '../search/search-outbox.js';
import { Adoption } from './adoption.entity.js';
import type { SetAdoptionInput } from './adoption.inputs.js';

export class AdoptionsService {
  /** Records an office's status for a practice (one row per office and practice) and recounts. */
  async set(em: EntityManager, viewer: Viewer, input: SetAdoptionInput): Promise<Adoption> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const practiceId = checkId('practiceId', input.practiceId);
    const enhetsnummer = input.office ?? viewer.officeEnhetsnummer;
    if (!enhetsnummer) throw badInput('office', 'You belong to no office: name the office');
    const since = input.since ?? today();
    if (since > today()) throw badInput('since', 'since cannot be in the future');

    return em.transactional(async (tx) => {
      const office = await tx.findOne(Office, { enhetsnummer });
      if (!office) throw notFound('office', 'office', enhetsnummer);
      if (!canActFor(viewer, { enhetsnummer, regionCode: office.region.code })) {
        throw forbidden('You may record adoptions only for your own office or the offices of your region');
      }
      const practice = await lockPractice(tx, practiceId, 'practiceId');
      if (practice.status !== PracticeStatus.PUBLISHED) {
        throw conflict('Only published practices can be adopted', 'practiceId');
      }
      let adoption = await tx.findOne(Adoption, { practice, office });
      if (!adoption) {
        adoption = new Adoption();
        adoption.practice = tx.getReference(Practice, practiceId, { wrapped: true });
        adoption.office = tx.getReference(Office, enhetsnummer, { wrapped: true });
        tx.persist(adoption);
      }
      adoption.status = input.status;
      adoption.since = since;
      adoption.updatedAt = new Date();
      enqueueSearchUpdate(tx, practiceId, 'adoption');
      await refreshAggregates(tx, practice);
      return adoption;
    });
  }
}
