import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AdoptionStatus } from './adoption-status.js';
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
import { Adoption, AdoptionEvent } from './adoption.entity.js';
import { checkAdoptionInput, checkStatusForKind } from './adoption-rules.js';
import { User } from '../users/user.entity.js';
import type { SetAdoptionInput } from './adoption.inputs.js';
import type { AdoptionChangeType, AdoptionType } from './adoption.types.js';
import { adoptionById, historyOfAdoptions } from './adoptions.queries.js';

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
    checkAdoptionInput(input);
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
      const practice = await tx.findOne(Practice, { id: practiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, fields: ['id', 'status', 'kind'] });
      if (!practice) throw notFound('practice', 'practiceId', practiceId);
      if (practice.status !== PracticeStatus.PUBLISHED) {
        return this.practices.refuseUnpublished(viewer, practiceId, 'practiceId', 'Only published practices can be adopted');
      }
      checkStatusForKind(practice.kind, input.status);
      let adoption = await tx.findOne(Adoption, { practice: practiceId, office: enhetsnummer });
      const from = adoption?.status ?? null;
      if (!adoption) {
        adoption = new Adoption();
        adoption.practice = tx.getReference(Practice, practiceId, { wrapped: true });
        adoption.office = tx.getReference(Office, enhetsnummer, { wrapped: true });
        tx.persist(adoption);
      }
      const changed =
        from !== input.status || adoption.since !== since || Boolean(input.fidelity) || (input.note != null && input.note.trim() !== (adoption.note ?? ''));
      adoption.status = input.status;
      adoption.since = since;
      if (input.note != null) adoption.note = input.note.trim() || null;
      if (input.fidelity) {
        adoption.fidelityScale = input.fidelity.scale;
        adoption.fidelityScore = input.fidelity.score;
      }
      // What a person records is no longer made-up demo data.
      adoption.demo = false;
      adoption.updatedAt = new Date();
      if (changed) tx.persist(this.event(tx, adoption, from, viewer, input));
      enqueueSearchUpdate(tx, practiceId, 'adoption');
      return adoption.id;
    });
    return (await adoptionById(this.deps.db, id))!;
  }

  /** The status changes of these adoptions, oldest first. */
  history(adoptionIds: readonly string[]): Promise<AdoptionChangeType[]> {
    return historyOfAdoptions(this.deps.db, adoptionIds);
  }

  private event(tx: EntityManager, adoption: Adoption, from: AdoptionStatus | null, viewer: Viewer, input: SetAdoptionInput): AdoptionEvent {
    const event = new AdoptionEvent();
    event.adoption = ref(adoption);
    event.fromStatus = from;
    event.toStatus = adoption.status;
    event.since = adoption.since;
    event.changedBy = tx.getReference(User, viewer.id, { wrapped: true });
    event.reason = adoption.status === AdoptionStatus.DISCONTINUED ? input.reason!.trim() : null;
    event.note = input.note?.trim() || null;
    event.fidelityScale = input.fidelity?.scale ?? null;
    event.fidelityScore = input.fidelity?.score ?? null;
    return event;
  }
}
