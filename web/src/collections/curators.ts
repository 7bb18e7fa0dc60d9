import type { Me } from '../auth/auth';

/** Directors curate their own region's collections; editors every region's. As the API decides. */
export const canCurate = (me: Me, regionCode: string) =>
  me.role === 'ADMIN' || (me.role === 'REGIONAL_DIRECTOR' && me.region?.code === regionCode);

export const itemCount = (count: number) => `${count.toLocaleString('nb-NO')} ${count === 1 ? 'praksis' : 'praksiser'}`;
