import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../auth/role.js';

@ObjectType({ description: 'The signed-in user' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  username?: string;

  @Field(() => Role)
  role!: Role;

  /** enhetsnummer; resolved to the office by a field resolver. */
  officeEnhetsnummer?: string;

  /** resolved to the region by a field resolver. */
  regionCode?: string;
}
