// Turns what a caseworker typed into the parts of a PostgreSQL text search: words, synonyms,
// the last word as a prefix (search as you type), and candidates for typos and compound words.
import { synonymsOf } from '../synonyms.js';

export interface QueryUnit {
  /** The word or phrase as typed (lower case). */
  text: string;
  /** Equivalent words and phrases from the synonym list. */
  synonyms: string[];
  /** Whether this is the last word, which may still be half typed. */
  prefix: boolean;
}

const MAX_UNITS = 10;
const WORD = /^[\p{L}\p{N}]+$/u;

export function wordsOf(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_UNITS * 3);
}

/** Groups the words into units; a run of words that the synonym list knows as a phrase is one unit. */
export function unitsOf(query: string): QueryUnit[] {
  const words = wordsOf(query);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length && units.length < MAX_UNITS; ) {
    let length = Math.min(3, words.length - i);
    for (; length > 1; length--) {
      if (synonymsOf(words.slice(i, i + length).join(' ')).length > 0) break;
    }
    const text = words.slice(i, i + length).join(' ');
    units.push({ text, synonyms: synonymsOf(text), prefix: false });
    i += length;
  }
  const last = units.at(-1);
  // A query that ends in a space or punctuation is a finished word, not a prefix.
  if (last && !last.text.includes(' ') && /[\p{L}\p{N}]$/u.test(query)) last.prefix = true;
  return units;
}

/**
 * Optimal string alignment distance: edits, where swapping two neighbouring letters is one edit,
 * so "jobstøtte", "jobbsttøe" and "jobbstøte" are all one edit from "jobbstøtte".
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const TYPO_MIN_LENGTH = 5;
const COMPOUND_MIN_LENGTH = 5;
const MAX_CANDIDATES = 20;

/**
 * Which vocabulary words stand in for a typed word: one edit away (for words of five letters or
 * more, compared both as typed and as stemmed), or containing it as part of a compound word.
 */
export function acceptedCandidates(plain: string, stem: string, candidates: string[]): string[] {
  const accepted = candidates.filter((word) => {
    if (word === plain || !WORD.test(word)) return false;
    if (plain.length >= TYPO_MIN_LENGTH && editDistance(word, plain) <= 1) return true;
    if (stem.length >= TYPO_MIN_LENGTH && word !== stem && editDistance(word, stem) <= 1) return true;
    return plain.length >= COMPOUND_MIN_LENGTH && word.includes(plain);
  });
  return accepted.slice(0, MAX_CANDIDATES);
}

/** Where in a document a word was found: A title, B summary, C body. */
export type Weight = 'A' | 'B' | 'C';

/**
 * A tsquery operand: quoted, so no typed character is read as tsquery syntax; optionally a
 * prefix, optionally found only with one weight.
 */
export const operand = (word: string, weight?: Weight, prefix = false) => {
  const label = `${prefix ? '*' : ''}${weight ?? ''}`;
  return `'${word.replace(/'/g, "''")}'${label ? `:${label}` : ''}`;
};

/** A phrase as a tsquery: words next to each other. */
export const phrase = (text: string, weight?: Weight) =>
  text
    .split(' ')
    .map((word) => operand(word, weight))
    .join(' <-> ');
