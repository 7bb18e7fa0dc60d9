// One app at a time per data directory: a second app started on the same DATA_DIR would share the
// first one's embedded PostgreSQL and fight over it. Scripts (seed, reindex, backup) may share it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class DataDirectoryInUse extends Error {
  override name = 'DataDirectoryInUse';
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Claims the data directory for this process; the function returned gives it back. */
export async function claimDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, 'app.pid');
  await mkdir(dataDir, { recursive: true });
  if (existsSync(file)) {
    const pid = Number((await readFile(file, 'utf8')).trim());
    // A pid left by an app that crashed, or by this very process, is no claim.
    if (pid && pid !== process.pid && alive(pid)) {
      throw new DataDirectoryInUse(`${dataDir} is in use by another Praksisbanken (pid ${pid}): stop it, or give this one another DATA_DIR`);
    }
  }
  await writeFile(file, `${process.pid}\n`);
  return async () => {
    const holder = existsSync(file) ? Number((await readFile(file, 'utf8')).trim()) : undefined;
    if (holder === process.pid) await rm(file, { force: true });
  };
}
