import { Adoption, AdoptionEvent } from '../adoptions/adoption.entity.js';
import { CollectionItem } from '../collections/collection-item.entity.js';
import { Collection } from '../collections/collection.entity.js';
import { KnowledgeNeed, KnowledgeNeedSupport } from '../knowledge-needs/knowledge-need.entity.js';
import { Indicator, OfficeContext, OfficeIndicatorValue } from '../indicators/indicator.entity.js';
import { Office } from '../offices/office.entity.js';
import { Region } from '../offices/region.entity.js';
import { Outcome, Practice, PracticeCost, PracticeLink } from '../practices/practice.entity.js';
import { RatingAggregate } from '../ratings/rating-aggregate.embeddable.js';
import { Rating } from '../ratings/rating.entity.js';
import { SearchMiss } from '../search/search-miss.entity.js';
import { SearchOutboxEntry } from '../search/search-outbox.entity.js';
import { User } from '../users/user.entity.js';

export const entities = [
  Region,
  Office,
  User,
  Practice,
  Outcome,
  PracticeLink,
  PracticeCost,
  RatingAggregate,
  Adoption,
  AdoptionEvent,
  Rating,
  SearchOutboxEntry,
  SearchMiss,
  Collection,
  CollectionItem,
  KnowledgeNeed,
  KnowledgeNeedSupport,
  Indicator,
  OfficeIndicatorValue,
  OfficeContext,
];
