// Backups of the database as consistent logical dumps. The embedded PostgreSQL package ships the
// server, not pg_dump, and a pg_dump from the operating system rarely matches its version; so the
// app dumps itself: every table's rows in PostgreSQL's COPY format, all read in one REPEATABLE
// READ transaction (one snapshot, so the dump is consistent while the app keeps writing), with the
// migrations the schema had. Restoring migrates an empty database to that point, loads the rows
// as they were (triggers and foreign-key checks off: the dump is already consistent, and the
// aggregate triggers must not count the rows twice), sets the sequences, and migrates the rest of
// the way.
//
// The file: gzip of lines. The first is a JSON header; then, per table, a JSON line naming the
// table and its columns, the table's rows as COPY text (one line each) and a line `\.`.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export const BACKUP_FORMAT = 'praksisbanken-backup/1';

/** Kept by the migrator itself; the restore writes it by migrating. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

interface Header {
  format: string;
  createdAt: string;
  /** The migrations applied to the dumped database, in order. */
  migrations: string[];
  tables: string[];
}

interface TableHeader {
  table: string;
  columns: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function backupDatabase(url: string, file: string, progress: (line: string) => void = () => {}): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  let rows = 0;
  let tablesDumped = 0;
  try {
    await client.query('begin isolation level repeatable read read only');
    const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((row) => row.name);
    const tables = (
      await client.query<{ name: string }>(
        `select tablename as name from pg_tables where schemaname = 'public' and tablename <> $1 order by tablename`,
        [MIGRATIONS_TABLE],
      )
    ).rows.map((row) => row.name);
    const header: Header = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables };
    await write(JSON.stringify(header) + '\n');
    for (const table of tables) {
      const columns = (
        await client.query<{ name: string }>(
          `select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum`,
          [quote(table)],
        )
      ).rows.map((row) => row.name);
      await write(JSON.stringify({ table, columns } satisfies TableHeader) + '\n');
      let lines = 0;
      const copy = client.query(copyTo(`copy ${quote(table)} (${columns.map(quote).join(', ')}) to stdout`));
      await pipeline(
        copy,
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            for (const byte of chunk) if (byte === 10) lines++;
            if (gzip.write(chunk)) done();
            else gzip.once('drain', () => done());
          },
        }),
      );
      await write('\\.\n');
      rows += lines;
      tablesDumped++;
      progress(`${table}: ${lines} rows`);
    }
    await client.query('commit');
  } finally {
    gzip.end();
    await client.end();
  }
  await written;
  return { tables: tablesDumped, rows };
}

/**
 * Restores a backup into an empty database: migrations up to the backup's, its rows, the
 * sequences, then the rest of the app's migrations. Needs a superuser (the embedded server's
 * user is one) to load rows with triggers off.
 */
export async function restoreDatabase(
  orm: MikroORM,
  url: string,
  file: string,
  progress: (line: string) => void = () => {},
): Promise<{ rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = first.done ? undefined : (JSON.parse(first.value) as Header);
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Praksisbanken backup`);

  const migrator = orm.getMigrator();
  const known = (await migrator.getExecutedMigrations()).map((migration) => migration.name);
  if (known.length > 0) throw new Error('The database is not empty: restore into an empty data directory or database');
  const available = (await migrator.getPendingMigrations()).map((migration) => migration.name);
  const unknown = header.migrations.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new Error(`The backup was made by a newer version of the app (migrations ${unknown.join(', ')})`);
  if (header.migrations.length > 0) await migrator.up({ to: header.migrations.at(-1) });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    for (;;) {
      const next = await lines.next();
      if (next.done) break;
      const { table, columns } = JSON.parse(next.value) as TableHeader;
      await client.query(`delete from ${quote(table)}`);
      const stream = client.query(copyFrom(`copy ${quote(table)} (${columns.map(quote).join(', ')}) from stdin`));
      let count = 0;
      const source = Readable.from(
        (async function* () {
          for (;;) {
            const line = await lines.next();
            if (line.done) throw new Error(`${file} ends inside table ${table}`);
            if (line.value === '\\.') return;
            count++;
            yield line.value + '\n';
          }
        })(),
      );
      await pipeline(source, stream);
      rows += count;
      progress(`${table}: ${count} rows`);
    }
    await resetSequences(client);
    await client.query('commit');
    await client.query('refresh materialized view search_vocabulary');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await migrator.up();
  return { rows };
}

/** Every sequence continues after the largest value its column holds. */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(`
    select s.relname as sequence, t.relname as table, a.attname as column
    from pg_class s join pg_depend d on d.objid = s.oid and d.deptype = 'a'
    join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S'`);
  for (const { sequence, table, column } of rows) {
    await client.query(`select setval($1, coalesce((select max(${quote(column)}) from ${quote(table)}), 0) + 1, false)`, [quote(sequence)]);
  }
  // The rating version sequence belongs to no column: it numbers practices' rating changes.
  const { rows: versioned } = await client.query(`select to_regclass('practice_rating_version') is not null as present`);
  if (versioned[0].present) {
    await client.query(`select setval('practice_rating_version', coalesce((select max(rating_version) from practice), 0) + 1, false)`);
  }
}
