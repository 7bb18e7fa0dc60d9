import { Collection, Entity, OneToMany, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Office } from './office.entity.js';

@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @OneToMany(() => Office, (office) => office.region)
  offices = new Collection<Office>(this);
}
