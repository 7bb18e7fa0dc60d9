import { sql } from 'kysely';
import type { Identity, Viewer } from '../auth/identity.js';
import type { Role } from '../auth/role.js';
import type { ServiceDeps } from '../services.js';

export interface SeededUser {
  username: string;
  name: string;
  role: Role;
  office?: string;
  region?: string;
}

/**
 * Keeps app_user in step with the identity provider. A token's claims are written on first sight
 * and whenever they change; between changes the answer comes from memory, so an ordinary request
 * costs no write.
 */
export class UsersService {
  private readonly known = new Map<string, { fingerprint: string; viewer: Viewer }>();

  constructor(private readonly deps: ServiceDeps) {}

  async viewerFor(identity: Identity): Promise<Viewer> {
    const fingerprint = JSON.stringify(identity);
    const cached = this.known.get(identity.subject);
    if (cached?.fingerprint === fingerprint) return cached.viewer;

    // An office or region the catalogue does not know is dropped rather than refused; a caseworker
    // without a region claim belongs to their office's region.
    const { rows } = await sql<{ id: string; office: string | null; region: string | null }>`
      insert into app_user (id, subject, username, name, role, office_enhetsnummer, region_code, created_at, updated_at)
      select gen_random_uuid(), ${identity.subject}, ${identity.username ?? null}, ${identity.name}, ${identity.role}, office.enhetsnummer,
             coalesce((select code from region where code = ${identity.regionCode ?? null}), office.region_code), now(), now()
      from (select 1) as one left join office on office.enhetsnummer = ${identity.officeEnhetsnummer ?? null}
      on conflict (subject) do update set
        username = excluded.username, name = excluded.name, role = excluded.role,
        office_enhetsnummer = excluded.office_enhetsnummer, region_code = excluded.region_code,
        updated_at = now()
      returning id, office_enhetsnummer as office, region_code as region`.execute(this.deps.db);
    const [row] = rows;
    const viewer: Viewer = {
      ...identity,
      id: row.id,
      officeEnhetsnummer: row.office ?? undefined,
      regionCode: row.region ?? undefined,
    };
    if (this.known.size > 10_000) this.known.clear();
    this.known.set(identity.subject, { fingerprint, viewer });
    return viewer;
  }

  /** A user the development issuer may sign in, as an identity. */
  async seededIdentity(username: string): Promise<Identity | undefined> {
    const user = await this.deps.db
      .selectFrom('app_user')
      .select(['subject', 'name', 'username', 'role', 'office_enhetsnummer', 'region_code'])
      .where('username', '=', username)
      .where('subject', '=', devSubject(username))
      .executeTakeFirst();
    return (
      user && {
        subject: user.subject,
        name: user.name,
        username: user.username ?? undefined,
        role: user.role as Role,
        officeEnhetsnummer: user.office_enhetsnummer ?? undefined,
        regionCode: user.region_code ?? undefined,
      }
    );
  }

  /** The users the development issuer can sign in, named people first, then the demo caseworkers. */
  async seededUsers(): Promise<SeededUser[]> {
    const { rows } = await sql<SeededUser>`
      select u.username, u.name, u.role, o.name as office, r.name as region
      from app_user u left join office o on o.enhetsnummer = u.office_enhetsnummer
      left join region r on r.code = u.region_code
      where u.subject = 'dev:' || u.username
      order by u.username ~ '^veileder\\.[0-9]+$', u.role, u.username`.execute(this.deps.db);
    return rows;
  }
}

/** The subject the development issuer gives a seeded user. */
export const devSubject = (username: string) => `dev:${username}`;
