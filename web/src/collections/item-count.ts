export const itemCount = (count: number) => `${count.toLocaleString('nb-NO')} ${count === 1 ? 'praksis' : 'praksiser'}`;
