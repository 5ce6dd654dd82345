import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

// Online backups with VACUUM INTO: one read transaction gives a consistent snapshot while the
// app keeps writing (WAL readers never block writers), unlike a file copy, which can catch the
// database file and its WAL at different moments. SQLite's step-wise backup API would restart
// on every write from another connection and might never finish under load.

function integrityOk(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}

export async function backupDatabase(sourceFile: string, destinationFile: string): Promise<void> {
  if (fs.existsSync(destinationFile))
    throw new Error(`${destinationFile} already exists; choose a new file for the backup.`);
  fs.mkdirSync(path.dirname(destinationFile), { recursive: true });
  const source = new Database(sourceFile, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  try {
    source.prepare('VACUUM INTO ?').run(destinationFile);
  } finally {
    source.close();
  }
  if (!integrityOk(destinationFile)) throw new Error(`The backup ${destinationFile} failed its integrity check.`);
}

// Copies a checked backup into the live database through the backup API, so connections that
// stay open see the restored content rather than a file swapped underneath them.
export async function restoreDatabase(backupFile: string, targetFile: string): Promise<void> {
  if (!integrityOk(backupFile))
    throw new Error(`The backup ${backupFile} failed its integrity check; nothing was restored.`);
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(targetFile);
  } finally {
    backup.close();
  }
}

export function defaultBackupFile(now = new Date()): string {
  return path.resolve('backups', `tracker-${now.toISOString().replace(/[:.]/g, '-')}.db`);
}
