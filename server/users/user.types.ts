import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ActingScope } from '../auth/policy.js';
import { Role } from '../auth/role.js';

registerEnumType(ActingScope, {
  name: 'ActingScope',
  description: 'The offices someone may act for: propose practices from, record adoptions for',
  valuesConfig: {
    NONE: { description: 'None: researchers, and people without an office' },
    OWN_OFFICE: { description: 'Their own office' },
    REGION: { description: 'Every office of their region' },
    ALL: { description: 'Every office' },
  },
});

@ObjectType({ description: 'What the signed-in user may do, beyond single objects (see their viewerCan)' })
export class MeViewerCan {
  @Field(() => ActingScope)
  actFor!: ActingScope;

  @Field(() => Boolean, { description: 'Propose practices (for the offices of actFor)' })
  propose!: boolean;

  @Field(() => Boolean, { description: 'Post knowledge needs and say "we need this too"' })
  postKnowledgeNeeds!: boolean;

  @Field(() => Boolean, { description: 'Open the overview of any region, not only their own' })
  seeEveryRegion!: boolean;

  @Field(() => Boolean, { description: "Read single ratings (comments, the rater's office); researchers use ratingStats and ratingsExport" })
  readRatings!: boolean;
}

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
