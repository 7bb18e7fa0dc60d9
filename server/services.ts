// The stateless services, one instance each. Resolvers reach features only through these.
import { AdoptionsService } from './adoptions/adoptions.service.js';
import { CollectionsService } from './collections/collections.service.js';
import { OfficesService } from './offices/offices.service.js';
import { PracticesService } from './practices/practices.service.js';
import { RatingsService } from './ratings/ratings.service.js';

export const services = {
  adoptions: new AdoptionsService(),
  collections: new CollectionsService(),
  offices: new OfficesService(),
  practices: new PracticesService(),
  ratings: new RatingsService(),
};
