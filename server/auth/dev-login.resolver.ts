import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from './role.js';
import { notFound } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { Me } from '../users/user.types.js';

@ObjectType({ description: 'A token from the development issuer' })
export class DevLogin {
  @Field(() => String, { description: 'Send it as "Authorization: Bearer <token>"' })
  token!: string;

  @Field(() => Me)
  user!: Me;
}

@ObjectType({ description: 'A seeded user one can sign in as. Development only.' })
export class DevUser {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Office name' })
  office?: string;

  @Field(() => String, { nullable: true, description: 'Region name' })
  region?: string;
}

/** Only in the schema when the development issuer runs (never in production). */
@Resolver()
export class DevLoginResolver {
  @Query(() => [DevUser], { description: 'The seeded users, for the login page. Development only.' })
  devUsers(@Ctx() ctx: Context): Promise<DevUser[]> {
    return ctx.services.users.seededUsers();
  }

  @Mutation(() => DevLogin, { description: 'Signs in as a seeded user. Development only.' })
  async devLogin(@Arg('username', () => String) username: string, @Ctx() ctx: Context): Promise<DevLogin> {
    const identity = await ctx.services.users.seededIdentity(username);
    if (!identity || !ctx.devIssuer) throw notFound('seeded user', 'username', username);
    const token = await ctx.devIssuer.sign(identity);
    return { token, user: await ctx.services.users.viewerFor(identity) };
  }
}
