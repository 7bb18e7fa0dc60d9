import { Collection, Entity, OneToMany, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Office } from './office.entity.js';

@ObjectType({ description: 'A NAV region: one of the counties (fylker)' })
@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'County number, two digits' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @OneToMany(() => Office, (office) => office.region)
  offices = new Collection<Office>(this);
}
