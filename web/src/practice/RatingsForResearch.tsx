import { BodyShort, Link } from '@navikt/ds-react';

/** Where single ratings would be: researchers see none, and are told where the numbers are. */
export function RatingsForResearch() {
  return (
    <BodyShort>
      Enkeltvurderinger med kommentarer vises ikke for forskere. Tallene finner du samlet og personvernsikret i{' '}
      <Link href="/graphiql">GraphQL-utforskeren</Link> (<code>ratingStats</code> og <code>ratingsExport</code>).
    </BodyShort>
  );
}
