import slugify from '@sindresorhus/slugify';

const NORWEGIAN_LETTERS: [string, string][] = [
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['å', 'a'],
  ['Å', 'a'],
];

/** "Individuell jobbstøtte" -> "individuell-jobbstotte". */
export function slugFromTitle(title: string): string {
  return slugify(title, { customReplacements: NORWEGIAN_LETTERS }).slice(0, 80).replace(/-+$/, '') || 'praksis';
}

/** The base slug if free, otherwise the base with the lowest free number: "x", "x-2", "x-3"… */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
