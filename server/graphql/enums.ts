import { registerEnumType } from 'type-graphql';
import { AdoptionStatus } from '../adoptions/adoption-status.js';
import { Role } from '../auth/role.js';
import { FidelityScale } from '../adoptions/fidelity.js';
import { EvidenceLevel, PracticeKind, PracticeStatus, Responsibility, StudyDesign, TargetGroup, Theme } from '../practices/vocabulary.js';

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
registerEnumType(PracticeKind, {
  name: 'PracticeKind',
  description: 'STATUTORY: a duty by law or national programme (offices record how, not whether); NATIONAL_METHOD: a named method such as IPS; LOCAL: an office\'s own',
});
registerEnumType(StudyDesign, { name: 'StudyDesign', description: 'How an outcome was measured, strongest design first' });
registerEnumType(FidelityScale, { name: 'FidelityScale', description: 'A scale for how faithfully an office follows a method' });
