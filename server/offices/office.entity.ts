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
import { Region } from './region.entity.js';

@Entity({ tableName: 'office' })
@Check({ name: 'office_enhetsnummer_four_digits', expression: `enhetsnummer ~ '^[0-9]{4}$'` })
export class Office {
  [OptionalProps]?: 'municipalities';

  [PrimaryKeyProp]?: 'enhetsnummer';

  @PrimaryKey({ type: 'text' })
  enhetsnummer!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  municipalities: string[] = [];

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;
}
