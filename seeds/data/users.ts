import { Role } from '../../server/auth/role.js';
import { offices } from './offices.js';
import { regions } from './regions.js';
import type { SeedUser } from './types.js';

/** The named demo users, listed on the development login page. */
const namedUsers: SeedUser[] = [
  { username: 'veileder.drammen', name: 'Ingrid Solberg', role: Role.CASEWORKER, office: '0602', regionCode: '33' },
  { username: 'veileder.bodo', name: 'Eirik Hansen', role: Role.CASEWORKER, office: '1804', regionCode: '18' },
  { username: 'fylkesdirektor.buskerud', name: 'Hanne Kristiansen', role: Role.REGIONAL_DIRECTOR, regionCode: '33' },
  { username: 'fylkesdirektor.nordland', name: 'Tor Arne Nilsen', role: Role.REGIONAL_DIRECTOR, regionCode: '18' },
  { username: 'forsker', name: 'Marte Haugland', role: Role.RESEARCHER },
  { username: 'redaktor', name: 'Camilla Aasen', role: Role.ADMIN },
];

const FIRST_NAMES = [
  'Anne', 'Lars', 'Silje', 'Ole', 'Kristin', 'Magnus', 'Hilde', 'Andreas', 'Ida', 'Henrik',
  'Marit', 'Sindre', 'Nora', 'Espen', 'Tone', 'Jon', 'Elisabeth', 'Thomas', 'Guro', 'Kjetil',
  'Amina', 'Jørgen', 'Line', 'Stian', 'Ragnhild', 'Mohammed', 'Sofie', 'Håkon', 'Linn', 'Ahmed',
];

const LAST_NAMES = [
  'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Halvorsen',
  'Jakobsen', 'Dahl', 'Lund', 'Moen', 'Strand', 'Bakken', 'Haugen', 'Iversen', 'Solheim', 'Lie',
  'Myklebust', 'Sæther', 'Hovland', 'Eide', 'Aune', 'Rønning', 'Sandvik', 'Ali', 'Vik', 'Nguyen', 'Øien',
];

const DEMO_CASEWORKERS = 60;

/**
 * Demo caseworkers veileder.01 … veileder.60, used as demo raters. Spread deterministically: the
 * n-th caseworker goes to region n mod 15, and within the region to a different office each round,
 * so every region gets four caseworkers at (up to) four different offices.
 */
function demoCaseworkers(): SeedUser[] {
  const users: SeedUser[] = [];
  for (let k = 0; k < DEMO_CASEWORKERS; k++) {
    const region = regions[k % regions.length]!;
    const regionOffices = offices.filter((o) => o.regionCode === region.code);
    const round = Math.floor(k / regions.length);
    const office = regionOffices[(round * 3 + 1) % regionOffices.length]!;
    const first = FIRST_NAMES[k % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(k * 7 + Math.floor(k / FIRST_NAMES.length)) % LAST_NAMES.length]!;
    users.push({
      username: `veileder.${String(k + 1).padStart(2, '0')}`,
      name: `${first} ${last}`,
      role: Role.CASEWORKER,
      office: office.enhetsnummer,
      regionCode: region.code,
    });
  }
  return users;
}

export const users: SeedUser[] = [...namedUsers, ...demoCaseworkers()];
