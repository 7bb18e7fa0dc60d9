// The words of result indicators and office context. Identifiers are English; the web client owns
// the Norwegian labels.
import { registerEnumType } from 'type-graphql';

/** Who steers by the indicator in the Nav office partnership. */
export enum IndicatorOwner {
  STATE = 'STATE',
  MUNICIPAL = 'MUNICIPAL',
}

/** ACTIVITY counts what the office does; OUTCOME what happens to people. Only outcomes rank offices. */
export enum IndicatorKind {
  ACTIVITY = 'ACTIVITY',
  OUTCOME = 'OUTCOME',
}

export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  DAYS = 'DAYS',
  NOK = 'NOK',
}

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/** How the office organises its follow-up. */
export enum OfficeOrganisation {
  GENERALIST = 'GENERALIST',
  SPECIALIST = 'SPECIALIST',
}

/** How the state and municipal sides of the office are led. */
export enum PartnershipModel {
  /** One leader for both sides. */
  UNIFIED_MANAGEMENT = 'UNIFIED_MANAGEMENT',
  /** A state leader and a municipal leader. */
  SPLIT_MANAGEMENT = 'SPLIT_MANAGEMENT',
}

/** Why an office counts as like another: the standardised context they are close on. */
export enum SimilarityReason {
  SIMILAR_SIZE = 'SIMILAR_SIZE',
  SAME_CENTRALITY = 'SAME_CENTRALITY',
  SIMILAR_UNEMPLOYMENT = 'SIMILAR_UNEMPLOYMENT',
  SIMILAR_STAFF = 'SIMILAR_STAFF',
  SAME_ORGANISATION = 'SAME_ORGANISATION',
}

registerEnumType(IndicatorOwner, { name: 'IndicatorOwner', description: 'Who steers by the indicator: the state or the municipal side' });
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  valuesConfig: {
    ACTIVITY: { description: 'What the office does (process), e.g. time to first activity plan' },
    OUTCOME: { description: 'What happens to people, e.g. in work after 6 months; only these rank offices' },
  },
});
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(OfficeOrganisation, { name: 'OfficeOrganisation', description: 'Generalist or specialist follow-up teams' });
registerEnumType(PartnershipModel, { name: 'PartnershipModel', description: 'How the state and municipal sides are led' });
registerEnumType(SimilarityReason, { name: 'SimilarityReason', description: 'Context on which two offices are close' });

/** +1 where higher is better, -1 where lower is: (actual - expected) × sign > 0 is better than expected. */
export const directionSign = (direction: IndicatorDirection) => (direction === IndicatorDirection.HIGHER_IS_BETTER ? 1 : -1);
