import { registerEnumType } from 'type-graphql';
import { AdoptionStatus } from '../adoptions/adoption-status.js';
import { Role } from '../auth/role.js';
import { EvidenceLevel, PracticeStatus, Responsibility, TargetGroup, Theme } from '../practices/vocabulary.js';

registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  description: 'How well the effect is known, weakest first',
});
registerEnumType(PracticeStatus, { name: 'PracticeStatus' });
registerEnumType(Responsibility, { name: 'Responsibility', description: 'Who carries the practice' });
registerEnumType(Theme, { name: 'Theme' });
registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus' });
registerEnumType(Role, { name: 'Role' });
