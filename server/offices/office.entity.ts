import {
  ArrayType,
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Region } from './region.entity.js';

@ObjectType({ description: 'A NAV office (NAV-kontor)' })
@Entity({ tableName: 'office' })
@Check({ name: 'office_enhetsnummer_four_digits', expression: `enhetsnummer ~ '^[0-9]{4}$'` })
export class Office {
  [OptionalProps]?: 'municipalities';

  [PrimaryKeyProp]?: 'enhetsnummer';

  @Field(() => ID, { description: 'Enhetsnummer: four digits' })
  @PrimaryKey({ type: 'text' })
  enhetsnummer!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: 'The municipalities the office serves' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  municipalities: string[] = [];

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;
}
