import { Migration } from '@mikro-orm/migrations';

export class Migration20261123023807_search extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "search_miss" ("id" bigserial primary key, "query" text not null, "searched_at" timestamptz not null, "role" text check ("role" in ('CASEWORKER', 'REGIONAL_DIRECTOR', 'RESEARCHER', 'ADMIN')) not null, "region_code" text null);`);
    this.addSql(`create index "search_miss_searched_at_index" on "search_miss" ("searched_at");`);
    this.addSql(`create index "search_miss_region_code_index" on "search_miss" ("region_code");`);

    this.addSql(`create table "search_outbox" ("id" bigserial primary key, "practice_id" uuid not null, "reason" text not null, "enqueued_at" timestamptz not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null);`);
    this.addSql(`create index "search_outbox_next_attempt_at_id_index" on "search_outbox" ("next_attempt_at", "id");`);

    // The PostgreSQL search engine. Hand-written: MikroORM has no words for text search configs.
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    // Norwegian stemming of text with æ/ø/å folded (ø -> o, å -> a, æ -> ae), so "jobbstotte" finds "jobbstøtte".
    this.addSql(`create text search configuration praksis_nb (copy = norwegian);`);
    this.addSql(`alter text search configuration praksis_nb alter mapping for word, hword, hword_part, asciiword, asciihword, hword_asciipart with unaccent, norwegian_stem;`);
    // The same words unstemmed: the vocabulary that typos and parts of compound words are matched against.
    this.addSql(`create text search configuration praksis_words (copy = simple);`);
    this.addSql(`alter text search configuration praksis_words alter mapping for word, hword, hword_part, asciiword, asciihword, hword_asciipart with unaccent, simple;`);
    this.addSql(`create table practice_search (
      practice_id uuid primary key references practice (id) on delete cascade,
      vector tsvector not null,
      words tsvector not null,
      region_codes text[] not null default '{}',
      text_hash text not null,
      indexed_at timestamptz not null default now());`);
    this.addSql(`create index practice_search_vector_index on practice_search using gin (vector);`);
    this.addSql(`create index practice_search_region_codes_index on practice_search using gin (region_codes);`);
    // Filled by the search engine. The table is schema-qualified because PostgreSQL 17 refreshes
    // materialized views with a search_path of pg_catalog only.
    this.addSql(`create materialized view search_vocabulary as
      select word from ts_stat('select vector from public.practice_search')
      union select word from ts_stat('select words from public.practice_search')
      with no data;`);
    this.addSql(`create unique index search_vocabulary_word_index on search_vocabulary (word);`);
    this.addSql(`create index search_vocabulary_trigram_index on search_vocabulary using gin (word gin_trgm_ops);`);
    // Whatever exists already gets indexed by the outbox worker.
    this.addSql(`insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at) select id, 'reindex', now(), now() from practice;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists search_vocabulary;`);
    this.addSql(`drop table if exists practice_search;`);
    this.addSql(`drop text search configuration if exists praksis_words;`);
    this.addSql(`drop text search configuration if exists praksis_nb;`);
    this.addSql(`drop table if exists search_outbox;`);
    this.addSql(`drop table if exists search_miss;`);
  }
}
