import { Cursor, type FindByCursorOptions } from '@mikro-orm/core';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../common/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

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

/** The kind of each value in a cursor, in the order of the sort keys; an embedded key nests. */
export type CursorKey = 'text' | 'number' | 'timestamp' | 'uuid' | { [property: string]: CursorKey };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const scalarFits = {
  text: (value: unknown) => typeof value === 'string',
  number: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
  timestamp: (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime()),
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
    decoded = Cursor.decode(after);
  } catch {
    throw badInput('after', 'The cursor is malformed');
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === keys.length &&
    keys.every((key, index) => fits(key, decoded[index]));
  if (!valid) throw badInput('after', 'The cursor is malformed or belongs to another sort order');
}

/** Turns MikroORM's cursor page into a Relay connection. */
export function toConnection<T extends object>(page: Cursor<T, any, any, any, true>): Connection<T> {
  const items = [...page.items] as T[];
  return {
    edges: items.map((node) => ({ node, cursor: page.from(node as any) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

export type CursorOptions<T extends object> = FindByCursorOptions<T, any, any, any, true>;

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
