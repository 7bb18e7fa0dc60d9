import { Tag } from '@navikt/ds-react';

/** Marks made-up data wherever it shows. */
export function DemoTag() {
  return (
    <Tag variant="outline" data-color="warning" size="xsmall">
      Demodata
    </Tag>
  );
}
