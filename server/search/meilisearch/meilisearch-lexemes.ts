// The query side of `terms` (search-documents.ts): each word's `praksis_nb` lexeme, computed by
// PostgreSQL with the very configuration its own engine stems with.
import { sql, type Kysely } from 'kysely';

/** Each word's lexeme: stemmed, æ/ø/å folded; '' for a stop word. */
export async function praksisLexemes(db: Kysely<any>, words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const { rows } = await sql<{ word: string; lexeme: string }>`
    select w.word, coalesce((tsvector_to_array(to_tsvector('praksis_nb', w.word)))[1], '') as lexeme
    from unnest(${words}::text[]) as w(word)`.execute(db);
  return new Map(rows.map((row) => [row.word, row.lexeme]));
}
