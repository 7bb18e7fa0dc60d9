// Fidelity scales: how faithfully an office follows a method, scored on a named scale.

export enum FidelityScale {
  /** The 25-item IPS Fidelity Scale: each item 1–5, so 25–125 in all (Helsedirektoratet, «Individuell jobbstøtte (IPS)»). */
  IPS_25 = 'IPS_25',
}

export const FIDELITY_RANGE: Record<FidelityScale, { min: number; max: number; name: string }> = {
  [FidelityScale.IPS_25]: { min: 25, max: 125, name: 'IPS-25' },
};

/** Whether the score lies on the scale. */
export function onScale(scale: FidelityScale, score: number): boolean {
  const { min, max } = FIDELITY_RANGE[scale];
  return Number.isFinite(score) && score >= min && score <= max;
}
