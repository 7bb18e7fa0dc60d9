import type { SeedRegion } from './types.js';

/**
 * The 15 counties (fylker) in force since 1 January 2024, with their county numbers.
 * Praksisbanken uses the counties as its regions.
 */
export const regions: SeedRegion[] = [
  { code: '03', name: 'Oslo' },
  { code: '11', name: 'Rogaland' },
  { code: '15', name: 'Møre og Romsdal' },
  { code: '18', name: 'Nordland' },
  { code: '31', name: 'Østfold' },
  { code: '32', name: 'Akershus' },
  { code: '33', name: 'Buskerud' },
  { code: '34', name: 'Innlandet' },
  { code: '39', name: 'Vestfold' },
  { code: '40', name: 'Telemark' },
  { code: '42', name: 'Agder' },
  { code: '46', name: 'Vestland' },
  { code: '50', name: 'Trøndelag' },
  { code: '55', name: 'Troms' },
  { code: '56', name: 'Finnmark' },
];
