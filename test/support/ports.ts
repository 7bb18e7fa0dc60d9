import { pickFreePort } from '../../server/cluster.js';

/** A TCP port nobody listens on right now. */
export const freePort = (): Promise<number> => pickFreePort('127.0.0.1');
