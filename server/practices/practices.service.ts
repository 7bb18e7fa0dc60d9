import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Viewer } from '../auth/identity.js';
import { canActForOffice, canWrite } from '../auth/policy.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { checkCursor, type Connection } from '../graphql/pagination.js';
import { Office } from '../offices/office.entity.js';
import type { OfficesService } from '../offices/offices.service.js';
import { enqueueSearchUpdate, type SearchChange } from '../search/search-outbox.js';
import type { ServiceDeps } from '../services.js';
import { User } from '../users/user.entity.js';
import type { PracticeFieldsInput, PracticeFilter, ProposePracticeInput } from './practice.inputs.js';
import { Practice, PracticeCost, PracticeLink } from './practice.entity.js';
import { indicatorCodesOf, outcomeOf, type IndicatorNames } from './outcomes.js';
import { evidenceGapMap } from './gap-map.js';
import type { EvidenceGapMapType } from './gap-map.types.js';
import { canArchive, canEdit, canPublish, canSetKind, canView, draftAccessOf } from './practice.policy.js';
import { PracticeOrder, type PracticeType } from './practice.types.js';
import { indicatorNamesByCode, listPractices, practiceBySlug, practicesById, practicesOverdueForReview, PRACTICE_ORDERS } from './practices.queries.js';
import { firstFreeSlug, slugFromTitle } from './slug.js';
import { EvidenceLevel, PracticeStatus } from './vocabulary.js';

export interface PracticePage {
  first: number;
  after?: string | null;
}

export class PracticesService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offices: OfficesService,
  ) {}

  list(viewer: Viewer, filter: PracticeFilter = {}, order: PracticeOrder = PracticeOrder.TITLE, page: PracticePage): Promise<Connection<PracticeType>> {
    checkCursor(page.after, PRACTICE_ORDERS[order].keys);
    return listPractices(this.deps.db, { filter, order, first: page.first, after: page.after, drafts: draftAccessOf(viewer) });
  }

  // A practice the viewer may not see answers as one that does not exist, so that guessing a
  // title or an id confirms nothing.
  async bySlug(viewer: Viewer, slug: string): Promise<PracticeType> {
    const practice = await practiceBySlug(this.deps.db, slug);
    if (!practice || !canView(viewer, practice)) throw notFound('practice', 'slug', slug);
    return practice;
  }

  /** The practice with this id as the viewer may see it; `field` names the argument in errors. */
  async visibleById(viewer: Viewer, id: string, field = 'id'): Promise<PracticeType> {
    const [practice] = await practicesById(this.deps.db, [checkId(field, id)]);
    if (!practice || !canView(viewer, practice)) throw notFound('practice', field, id);
    return practice;
  }

  /** The evidence and gap map of published practices, for the country or a region (checked to exist). */
  async gapMap(_viewer: Viewer, regionCode: string | null): Promise<EvidenceGapMapType> {
    if (regionCode !== null) await this.offices.region(regionCode, 'regionCode');
    return evidenceGapMap(this.deps.db, regionCode);
  }

  /** Practices by id, as they are; the caller has decided the viewer may see them. */
  byIds(ids: string[]): Promise<PracticeType[]> {
    return ids.length ? practicesById(this.deps.db, ids) : Promise.resolve([]);
  }

  /** Published practices from the region whose review date has passed, most overdue first. */
  overdueForReview(regionCode: string): Promise<PracticeType[]> {
    return practicesOverdueForReview(this.deps.db, regionCode);
  }

  /**
   * Refuses a write that needs a published practice: CONFLICT where the viewer may see the
   * practice, NOT_FOUND where they may not, so a draft's id is not confirmed to anyone else.
   */
  async refuseUnpublished(viewer: Viewer, id: string, field: string, message: string): Promise<never> {
    await this.visibleById(viewer, id, field);
    throw conflict(message, field);
  }

  /** The practice as it is now, after a write. */
  async current(id: string): Promise<PracticeType> {
    const [practice] = await practicesById(this.deps.db, [id]);
    if (!practice) throw notFound('practice', 'id', id);
    return practice;
  }

  async propose(viewer: Viewer, input: ProposePracticeInput): Promise<PracticeType> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const enhetsnummer = input.originOffice ?? viewer.officeEnhetsnummer;
    if (!enhetsnummer) throw badInput('originOffice', 'Name the office the practice comes from');
    const office = await this.offices.office(enhetsnummer, 'originOffice');
    if (!canActForOffice(viewer, { enhetsnummer, regionCode: office.region.code })) {
      throw forbidden('You may propose practices only on behalf of your own office or region');
    }
    this.checkKind(viewer, input);
    const indicators = await this.indicatorsNamed(input);

    const em = this.deps.orm.em.fork();
    const base = slugFromTitle(input.title);
    for (let attempt = 1; ; attempt++) {
      const taken = await em.find(Practice, { slug: { $re: `^${base}(-[0-9]+)?$` } }, { fields: ['slug'] });
      const practice = new Practice();
      practice.slug = firstFreeSlug(base, taken.map((p) => p.slug));
      practice.originOffice = em.getReference(Office, enhetsnummer, { wrapped: true });
      practice.author = em.getReference(User, viewer.id, { wrapped: true });
      practice.evidenceLevel = EvidenceLevel.LOCAL_EXPERIENCE;
      this.applyFields(practice, input, indicators);
      enqueueSearchUpdate(em, practice.id, 'text');
      try {
        await em.persist(practice).flush();
        return this.current(practice.id);
      } catch (error) {
        // Someone took the same slug between our look and our write: look again.
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= 5) throw error;
        em.clear();
      }
    }
  }

  async update(viewer: Viewer, id: string, input: PracticeFieldsInput): Promise<PracticeType> {
    const subject = await this.visibleById(viewer, id);
    if (!canWrite(viewer) || !canEdit(viewer, subject)) {
      throw forbidden('Caseworkers edit their own drafts; directors the practices of their region; only editors archived ones');
    }
    this.checkKind(viewer, input);
    const indicators = await this.indicatorsNamed(input);
    return this.change(subject.id, 'text', (practice) => this.applyFields(practice, input, indicators));
  }

  async publish(viewer: Viewer, id: string): Promise<PracticeType> {
    const subject = await this.visibleById(viewer, id);
    if (!canPublish(viewer, subject)) {
      throw forbidden('Only the directors of its region and editors publish a practice, and only editors one from the archive');
    }
    if (subject.status === PracticeStatus.PUBLISHED) throw conflict('The practice is already published', 'id');
    return this.change(subject.id, 'status', (practice) => {
      practice.status = PracticeStatus.PUBLISHED;
      practice.publishedAt = new Date();
    });
  }

  async archive(viewer: Viewer, id: string): Promise<PracticeType> {
    const subject = await this.visibleById(viewer, id);
    if (!canArchive(viewer)) throw forbidden('Only editors archive practices');
    if (subject.status === PracticeStatus.ARCHIVED) throw conflict('The practice is already archived', 'id');
    return this.change(subject.id, 'status', (practice) => {
      practice.status = PracticeStatus.ARCHIVED;
    });
  }

  /** Changes the practice entity and queues its search document, in one transaction. */
  private async change(id: string, reason: SearchChange, apply: (practice: Practice) => void): Promise<PracticeType> {
    const em = this.deps.orm.em.fork();
    const practice = await em.findOneOrFail(Practice, { id });
    apply(practice);
    enqueueSearchUpdate(em, id, reason);
    await em.flush();
    return this.current(id);
  }

  private checkKind(viewer: Viewer, input: PracticeFieldsInput): void {
    if (input.kind != null && !canSetKind(viewer, input.kind)) {
      throw forbidden('Only editors mark a practice as statutory or as a national method');
    }
  }

  /** The catalogue indicators the input's outcomes name; outcomeOf refuses the codes missing here. */
  private indicatorsNamed(input: PracticeFieldsInput): Promise<IndicatorNames> {
    return indicatorNamesByCode(this.deps.db, indicatorCodesOf(input.outcomes ?? []));
  }

  /** Copies the given fields; absent (or null) leaves a field as it is, except reviewDue, which null clears. */
  private applyFields(practice: Practice, input: PracticeFieldsInput, indicators: IndicatorNames): void {
    const trimmed = (value: string) => value.trim();
    if (input.title != null) practice.title = trimmed(input.title);
    if (input.summary != null) practice.summary = trimmed(input.summary);
    if (input.description != null) practice.description = input.description;
    if (input.themes != null) practice.themes = [...new Set(input.themes)];
    if (input.targetGroups != null) practice.targetGroups = [...new Set(input.targetGroups)];
    if (input.evidenceLevel != null) practice.evidenceLevel = input.evidenceLevel;
    if (input.responsibility != null) practice.responsibility = input.responsibility;
    if (input.kind != null) practice.kind = input.kind;
    if (input.outcomes != null) practice.outcomes = input.outcomes.map((outcome, index) => outcomeOf(outcome, index, indicators));
    if (input.cost !== undefined) practice.cost = input.cost ? Object.assign(new PracticeCost(), input.cost) : null;
    if (input.links != null) practice.links = input.links.map((l) => Object.assign(new PracticeLink(), l));
    if (input.reviewDue !== undefined) practice.reviewDue = input.reviewDue ?? undefined;
  }
}
