import { Cursor } from '@mikro-orm/core';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/limits.js';
import { badInput } from '../common/errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The kind of each value in a cursor, in the order of the sort keys; an embedded key nests.
 * `timestamp` is a Date (written as toISOString writes it); `timestamptz` is PostgreSQL's text of
 * a timestamptz, to the microsecond (`2025-03-01 12:00:00.123456+00`).
 */
export type CursorKey = 'text' | 'number' | 'timestamp' | 'timestamptz' | 'uuid' | { [property: string]: CursorKey };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const POSTGRES_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?$/;

/**
 * A time the calendar has, from year 1 to 9999, as toISOString writes it: no 30 February or hour
 * 24, which Date would quietly move on and PostgreSQL would refuse with an error.
 */
function isRealTime(iso: string): boolean {
  if (!ISO_TIME.test(iso) || iso.startsWith('0000')) return false;
  const time = new Date(iso);
  return !Number.isNaN(time.getTime()) && time.toISOString() === iso;
}

const scalarFits = {
  text: (value: unknown) => typeof value === 'string',
  number: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
  timestamp: (value: unknown) => typeof value === 'string' && isRealTime(value),
  timestamptz: (value: unknown) => {
    const parts = typeof value === 'string' ? POSTGRES_TIME.exec(value) : null;
    return parts !== null && isRealTime(`${parts[1]}T${parts[2]}.000Z`) && Number(parts[3]) <= 15 && Number(parts[4] ?? 0) < 60;
  },
  uuid: (value: unknown) => typeof value === 'string' && UUID.test(value),
};

function fits(key: CursorKey, value: unknown): boolean {
  if (typeof key === 'string') return scalarFits[key](value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(key).every(([property, inner]) => fits(inner, (value as Record<string, unknown>)[property]));
}

/** Refuses an `after` that no page of ours could have produced, before it reaches SQL. */
export function checkCursor(after: string | null | undefined, keys: CursorKey[]): void {
  if (after === undefined || after === null) return;
  let decoded: unknown;
  try {
    decoded = decodeCursor(after);
  } catch {
    throw badInput('after', 'The cursor is malformed');
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === keys.length &&
    keys.every((key, index) => fits(key, decoded[index]));
  if (!valid) throw badInput('after', 'The cursor is malformed or belongs to another sort order');
}

/** The values as written: Cursor.decode would make a Date of anything that starts like a time, even 30 February. */
const decodeCursor = (after: string): unknown => JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));

/** The values of an `after` cursor that checkCursor accepted, in the order of the sort keys; times as Dates. */
export function afterValues(after: string | null | undefined): unknown[] | undefined {
  if (!after) return undefined;
  return (decodeCursor(after) as unknown[]).map((value) => (typeof value === 'string' && isRealTime(value) ? new Date(value) : value));
}

/**
 * A Relay connection from up to `first + 1` rows in page order (one more than the page tells
 * whether another page follows); `keysOf` gives a row's sort values for its cursor.
 */
export function connectionOf<T>(rows: T[], first: number, totalCount: number, keysOf: (row: T) => unknown[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: Cursor.encode(keysOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/** The GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes all pages hold together' })
    totalCount!: number;
  }
  return ConnectionClass;
}
