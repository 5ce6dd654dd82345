import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CheckedEvidence } from './check';
import { evidenceDir } from './directory';

// Stored under a random name, so nothing the uploader chose ever becomes a path.
export async function storeEvidence(files: CheckedEvidence[]): Promise<string[]> {
  if (files.length === 0) return [];
  await fs.mkdir(evidenceDir(), { recursive: true });
  const names: string[] = [];
  for (const file of files) {
    const name = `${randomBytes(16).toString('hex')}.${file.ext}`;
    await fs.writeFile(path.join(/*turbopackIgnore: true*/ evidenceDir(), name), file.bytes, { flag: 'wx' });
    names.push(name);
  }
  return names;
}

export async function discardEvidence(storedNames: string[]): Promise<void> {
  await Promise.all(storedNames.map((name) => fs.rm(path.join(/*turbopackIgnore: true*/ evidenceDir(), name), { force: true })));
}

export async function readEvidence(storedName: string): Promise<Buffer | null> {
  if (!/^[0-9a-f]{32}\.[a-z]+$/.test(storedName)) return null;
  return fs.readFile(path.join(/*turbopackIgnore: true*/ evidenceDir(), storedName)).catch(() => null);
}
