import { registerEnumType } from 'type-graphql';
import { ConnectionType } from '../graphql/pagination.js';
import { Practice } from './practice.entity.js';

export enum PracticeOrder {
  TITLE = 'TITLE',
  NEWEST = 'NEWEST',
  RATING = 'RATING',
  ADOPTIONS = 'ADOPTIONS',
}

registerEnumType(PracticeOrder, {
  name: 'PracticeOrder',
  valuesConfig: {
    TITLE: { description: 'Alphabetical by title' },
    NEWEST: { description: 'Newest in the catalogue first' },
    RATING: { description: 'Highest average rating first' },
    ADOPTIONS: { description: 'Most offices piloting or using it first' },
  },
});

export const PracticeConnection = ConnectionType('Practice', Practice);
