import { QueryOrder, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { checkCursor, toConnection, type Connection, type CursorKey, type CursorOptions } from '../graphql/pagination.js';
import { Office } from '../offices/office.entity.js';
import { canActFor } from '../offices/office.policy.js';
import { enqueueSearchUpdate } from '../search/search-outbox.js';
import { User } from '../users/user.entity.js';
import type { PracticeFieldsInput, PracticeFilter, ProposePracticeInput } from './practice.inputs.js';
import { Outcome, Practice, PracticeLink } from './practice.entity.js';
import { canArchive, canEdit, canPublish, canView, canWrite, draftAccessOf, type PracticeInRegion } from './practice.policy.js';
import { PracticeOrder } from './practice.types.js';
import { firstFreeSlug, slugFromTitle } from './slug.js';
import { EvidenceLevel, PracticeStatus } from './vocabulary.js';

const ORDERS: Record<PracticeOrder, { orderBy: CursorOptions<Practice>['orderBy']; keys: CursorKey[] }> = {
  [PracticeOrder.TITLE]: { orderBy: { title: QueryOrder.ASC, id: QueryOrder.ASC }, keys: ['text', 'uuid'] },
  [PracticeOrder.NEWEST]: { orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC }, keys: ['timestamp', 'uuid'] },
  [PracticeOrder.RATING]: {
    orderBy: { rating: { average: QueryOrder.DESC }, id: QueryOrder.DESC },
    keys: [{ average: 'number' }, 'uuid'],
  },
  [PracticeOrder.ADOPTIONS]: { orderBy: { adoptionCount: QueryOrder.DESC, id: QueryOrder.DESC }, keys: ['number', 'uuid'] },
};

export interface PracticePage {
  first: number;
  after?: string | null;
}

export class PracticesService {
  async list(
    em: EntityManager,
    viewer: Viewer,
    filter: PracticeFilter = {},
    order: PracticeOrder = PracticeOrder.TITLE,
    page: PracticePage,
  ): Promise<Connection<Practice>> {
    const { orderBy, keys } = ORDERS[order];
    checkCursor(page.after, keys);
    const statuses = filter.statuses?.length ? filter.statuses : [PracticeStatus.PUBLISHED];
    const conditions: FilterQuery<Practice>[] = [{ status: { $in: statuses } }];
    if (filter.themes?.length) conditions.push({ themes: { $overlap: filter.themes } });
    if (filter.targetGroups?.length) conditions.push({ targetGroups: { $overlap: filter.targetGroups } });
    if (filter.evidenceLevels?.length) conditions.push({ evidenceLevel: { $in: filter.evidenceLevels } });
    if (filter.office) conditions.push({ originOffice: { enhetsnummer: filter.office } });
    if (filter.regionCode) conditions.push({ originOffice: { region: { code: filter.regionCode } } });
    // Without drafts asked for there is nothing to hide, and the plain condition lets the count
    // run on an index alone.
    const visibility = statuses.includes(PracticeStatus.DRAFT) ? this.draftVisibility(viewer) : undefined;
    if (visibility) conditions.push(visibility);

    const result = await em.findByCursor(Practice, { $and: conditions }, {
      first: page.first,
      after: page.after ?? undefined,
      orderBy,
    });
    return toConnection(result);
  }

  /** Drafts only where the viewer may see them; undefined when they may see every draft. */
  private draftVisibility(viewer: Viewer): FilterQuery<Practice> | undefined {
    const access = draftAccessOf(viewer);
    if (access.all) return undefined;
    const visibleDrafts: FilterQuery<Practice>[] = [{ status: PracticeStatus.DRAFT, author: access.authorId }];
    if (access.regionCode) {
      visibleDrafts.push({ status: PracticeStatus.DRAFT, originOffice: { region: { code: access.regionCode } } });
    }
    return { $or: [{ status: { $ne: PracticeStatus.DRAFT } }, ...visibleDrafts] };
  }

  async bySlug(em: EntityManager, viewer: Viewer, slug: string): Promise<Practice> {
    const practice = await em.findOne(Practice, { slug });
    if (!practice) throw notFound('practice', 'slug', slug);
    if (!canView(viewer, await this.inRegion(em, practice))) {
      throw forbidden('This draft is visible only to its author, the directors of its region and editors');
    }
    return practice;
  }

  /** The practice with this id as the viewer may see it; `field` names the argument in errors. */
  async visibleById(em: EntityManager, viewer: Viewer, id: string, field = 'id'): Promise<PracticeInRegion> {
    const practice = await em.findOne(Practice, { id: checkId(field, id) });
    if (!practice) throw notFound('practice', field, id);
    const subject = await this.inRegion(em, practice);
    if (!canView(viewer, subject)) throw forbidden('You may not see this draft');
    return subject;
  }

  private async inRegion(em: EntityManager, practice: Practice): Promise<PracticeInRegion> {
    const office = await em.findOneOrFail(Office, { enhetsnummer: practice.originOffice.enhetsnummer });
    return { practice, originRegionCode: office.region.code };
  }

  async propose(em: EntityManager, viewer: Viewer, input: ProposePracticeInput): Promise<Practice> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const enhetsnummer = input.originOffice ?? viewer.officeEnhetsnummer;
    if (!enhetsnummer) throw badInput('originOffice', 'Name the office the practice comes from');
    const office = await em.findOne(Office, { enhetsnummer });
    if (!office) throw notFound('office', 'originOffice', enhetsnummer);
    if (!canActFor(viewer, { enhetsnummer, regionCode: office.region.code })) {
      throw forbidden('You may propose practices only on behalf of your own office or region');
    }

    const base = slugFromTitle(input.title);
    for (let attempt = 1; ; attempt++) {
      const taken = await em.find(Practice, { slug: { $re: `^${base}(-[0-9]+)?$` } }, { fields: ['slug'] });
      const practice = new Practice();
      practice.slug = firstFreeSlug(base, taken.map((p) => p.slug));
      practice.originOffice = em.getReference(Office, enhetsnummer, { wrapped: true });
      practice.author = em.getReference(User, viewer.id, { wrapped: true });
      practice.evidenceLevel = EvidenceLevel.LOCAL_EXPERIENCE;
      this.applyFields(practice, input);
      enqueueSearchUpdate(em, practice.id, 'text');
      try {
        await em.persist(practice).flush();
        return practice;
      } catch (error) {
        // Someone took the same slug between our look and our write: look again.
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= 5) throw error;
        em.clear();
      }
    }
  }

  async update(em: EntityManager, viewer: Viewer, id: string, input: PracticeFieldsInput): Promise<Practice> {
    const subject = await this.visibleById(em, viewer, id);
    if (!canWrite(viewer) || !canEdit(viewer, subject)) {
      throw forbidden('Caseworkers edit their own drafts; directors the practices of their region');
    }
    this.applyFields(subject.practice, input);
    enqueueSearchUpdate(em, subject.practice.id, 'text');
    await em.flush();
    return subject.practice;
  }

  async publish(em: EntityManager, viewer: Viewer, id: string): Promise<Practice> {
    const subject = await this.visibleById(em, viewer, id);
    if (!canPublish(viewer, subject)) throw forbidden('Only the directors of its region and editors publish a practice');
    if (subject.practice.status === PracticeStatus.PUBLISHED) throw conflict('The practice is already published', 'id');
    subject.practice.status = PracticeStatus.PUBLISHED;
    subject.practice.publishedAt = new Date();
    enqueueSearchUpdate(em, subject.practice.id, 'status');
    await em.flush();
    return subject.practice;
  }

  async archive(em: EntityManager, viewer: Viewer, id: string): Promise<Practice> {
    const subject = await this.visibleById(em, viewer, id);
    if (!canArchive(viewer)) throw forbidden('Only editors archive practices');
    if (subject.practice.status === PracticeStatus.ARCHIVED) throw conflict('The practice is already archived', 'id');
    subject.practice.status = PracticeStatus.ARCHIVED;
    enqueueSearchUpdate(em, subject.practice.id, 'status');
    await em.flush();
    return subject.practice;
  }

  /** Copies the given fields; absent (or null) leaves a field as it is, except reviewDue, which null clears. */
  private applyFields(practice: Practice, input: PracticeFieldsInput): void {
    const trimmed = (value: string) => value.trim();
    if (input.title != null) practice.title = trimmed(input.title);
    if (input.summary != null) practice.summary = trimmed(input.summary);
    if (input.description != null) practice.description = input.description;
    if (input.themes != null) practice.themes = [...new Set(input.themes)];
    if (input.targetGroups != null) practice.targetGroups = [...new Set(input.targetGroups)];
    if (input.evidenceLevel != null) practice.evidenceLevel = input.evidenceLevel;
    if (input.responsibility != null) practice.responsibility = input.responsibility;
    if (input.outcomes != null) {
      // No invented statistics presented as facts: a figure without a source is demo data.
      const unsourced = input.outcomes.findIndex((o) => !o.source?.trim() && !o.demo);
      if (unsourced >= 0) throw badInput(`outcomes.${unsourced}.source`, 'An outcome needs its source, or must be marked as demo data');
      practice.outcomes = input.outcomes.map((o) => Object.assign(new Outcome(), o));
    }
    if (input.links != null) practice.links = input.links.map((l) => Object.assign(new PracticeLink(), l));
    if (input.reviewDue !== undefined) practice.reviewDue = input.reviewDue ?? undefined;
  }
}
