import { ArrayType, Check, Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Office } from '../offices/office.entity.js';
import type { TargetGroup, Theme } from '../practices/vocabulary.js';
import { IndicatorDirection, IndicatorKind, IndicatorOwner, IndicatorUnit, OfficeOrganisation, PartnershipModel } from './indicator-vocabulary.js';

@Entity({ tableName: 'indicator' })
@Check({ name: 'indicator_code_format', expression: `code ~ '^[A-Z][A-Z0-9_]{1,39}$'` })
@Check({ name: 'indicator_source_or_note', expression: `(source IS NOT NULL) OR (note IS NOT NULL)` })
export class Indicator {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => IndicatorOwner })
  owner!: IndicatorOwner;

  @Enum({ items: () => IndicatorKind })
  kind!: IndicatorKind;

  @Enum({ items: () => IndicatorUnit })
  unit!: IndicatorUnit;

  @Enum({ items: () => IndicatorDirection })
  direction!: IndicatorDirection;

  @Property({ type: ArrayType, columnType: 'text[]' })
  themes: Theme[] = [];

  @Property({ type: ArrayType, columnType: 'text[]' })
  targetGroups: TargetGroup[] = [];

  /** Where the indicator is defined; null for one given only as an example. */
  @Property({ type: 'text', nullable: true })
  source?: string;

  /** A plain note, e.g. that the indicator is an example of the kind a partnership steers by. */
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** Order on the scorecard. */
  @Property({ type: 'int' })
  position!: number;
}

/** Office × indicator × month: the actual value and what the office's local conditions predict. */
@Entity({ tableName: 'office_indicator_value' })
@Index({ properties: ['office', 'month'] })
export class OfficeIndicatorValue {
  [PrimaryKeyProp]?: ['indicator', 'month', 'office'];

  [OptionalProps]?: 'demo' | 'updatedAt';

  @ManyToOne(() => Indicator, { primary: true, ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  /** The month's first day. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @ManyToOne(() => Office, { primary: true, ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Property({ type: 'double' })
  actual!: number;

  @Property({ type: 'double' })
  expected!: number;

  /** Made-up values shown only as demo data. */
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** What an office's results should be read against: the people it serves and how it works. */
@Entity({ tableName: 'office_context' })
@Check({ name: 'office_context_centrality', expression: `(centrality >= 1) AND (centrality <= 6)` })
export class OfficeContext {
  [PrimaryKeyProp]?: 'office';

  [OptionalProps]?: 'demo';

  @OneToOne(() => Office, { primary: true, owner: true, ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  /** The municipalities (or city districts) served, each with its population: [{ name, population }]. */
  @Property({ type: 'json' })
  municipalities!: { name: string; population: number }[];

  /** The people served in all: the municipalities' populations summed. */
  @Property({ type: 'int' })
  population!: number;

  /** SSB's centrality class, 1 (most central) to 6. */
  @Property({ type: 'smallint' })
  centrality!: number;

  @Property({ type: 'int' })
  employees!: number;

  /** Registered unemployed, per cent of the labour force. */
  @Property({ type: 'double' })
  unemploymentRate!: number;

  @Enum({ items: () => OfficeOrganisation })
  organisation!: OfficeOrganisation;

  @Enum({ items: () => PartnershipModel })
  partnershipModel!: PartnershipModel;

  @Property({ type: 'text', nullable: true })
  source?: string;

  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}
