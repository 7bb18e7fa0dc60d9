import { formatNumber } from '../format';
export const itemCount = (count: number) => `${formatNumber(count)} ${count === 1 ? 'praksis' : 'praksiser'}`;
