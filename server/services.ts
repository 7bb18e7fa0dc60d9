// The stateless services, one instance each. Resolvers reach features only through these.
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { CollectionsService } from './collections/collections.service.js';
import { KnowledgeNeedsService } from './knowledge-needs/knowledge-needs.service.js';
import { OfficesService } from './offices/offices.service.js';
import { PracticesService } from './practices/practices.service.js';
import { RatingsService } from './ratings/ratings.service.js';
import { RegionalService } from './regional/regional.service.js';

export const services = {
  adoptions: new AdoptionsService(),
  collections: new CollectionsService(),
  knowledgeNeeds: new KnowledgeNeedsService(),
  offices: new OfficesService(),
  practices: new PracticesService(),
  ratings: new RatingsService(),
  regional: new RegionalService(),
};
