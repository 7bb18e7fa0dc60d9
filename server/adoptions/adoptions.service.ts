import { LockMode } from '@mikro-orm/core';
import type { Viewer } from '../auth/identity.js';
import { canActForOffice, canWrite } from '../auth/policy.js';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { checkId, today } from '../common/ids.js';
import { Office } from '../offices/office.entity.js';
import type { OfficesService } from '../offices/offices.service.js';
import { Practice } from '../practices/practice.entity.js';
import type { PracticesService } from '../practices/practices.service.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import { enqueueSearchUpdate } from '../search/search-outbox.js';
import type { ServiceDeps } from '../services.js';
import { Adoption } from './adoption.entity.js';
import type { SetAdoptionInput } from './adoption.inputs.js';
import type { AdoptionType } from './adoption.types.js';
import { adoptionById } from './adoptions.queries.js';

export class AdoptionsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offices: OfficesService,
    private readonly practices: PracticesService,
  ) {}

  /**
   * Records an office's status for a practice (one row per office and practice). The practice's
   * adoption count follows by delta (migration aggregates_by_delta).
   */
  async set(viewer: Viewer, input: SetAdoptionInput): Promise<AdoptionType> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const practiceId = checkId('practiceId', input.practiceId);
    const enhetsnummer = input.office ?? viewer.officeEnhetsnummer;
    if (!enhetsnummer) throw badInput('office', 'You belong to no office: name the office');
    const since = input.since ?? today();
    if (since > today()) throw badInput('since', 'since cannot be in the future');
    const office = await this.offices.office(enhetsnummer, 'office');
    if (!canActForOffice(viewer, { enhetsnummer, regionCode: office.region.code })) {
      throw forbidden('You may record adoptions only for your own office or the offices of your region');
    }

    const id = await this.deps.orm.em.fork().transactional(async (tx) => {
      // Held until commit, so the practice cannot be archived between our check and our write.
      const practice = await tx.findOne(Practice, { id: practiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, fields: ['id', 'status'] });
      if (!practice) throw notFound('practice', 'practiceId', practiceId);
      if (practice.status !== PracticeStatus.PUBLISHED) {
        return this.practices.refuseUnpublished(viewer, practiceId, 'practiceId', 'Only published practices can be adopted');
      }
      let adoption = await tx.findOne(Adoption, { practice: practiceId, office: enhetsnummer });
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
      return adoption.id;
    });
    return (await adoptionById(this.deps.db, id))!;
  }
}
