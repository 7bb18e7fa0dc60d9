export enum AdoptionStatus {
  CONSIDERING = 'CONSIDERING',
  PILOTING = 'PILOTING',
  IN_USE = 'IN_USE',
  DISCONTINUED = 'DISCONTINUED',
}

/** Statuses that count as the practice being used by the office. */
export const ACTIVE_ADOPTION_STATUSES = [AdoptionStatus.PILOTING, AdoptionStatus.IN_USE];
