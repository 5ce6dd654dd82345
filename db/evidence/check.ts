import { fileTypeFromBuffer } from 'file-type';

// Evidence is judged by its bytes, never by its name or the browser's claim: a text file
// called photo.png is refused. Only photos and PDFs, and only up to MAX_EVIDENCE_BYTES each.
export const EVIDENCE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 5;

export type CheckedEvidence = { fileName: string; mime: string; ext: string; bytes: Uint8Array };

function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f"<>]/g, '').slice(-120) || 'evidence';
}

export async function checkEvidence(fileName: string, bytes: Uint8Array): Promise<{ evidence: CheckedEvidence; error?: undefined } | { error: 'fileEmpty' | 'fileSize' | 'fileType' }> {
  if (bytes.byteLength === 0) return { error: 'fileEmpty' };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { error: 'fileSize' };
  const detected = await fileTypeFromBuffer(bytes);
  const ext = detected ? EVIDENCE_TYPES[detected.mime] : undefined;
  if (!detected || !ext) return { error: 'fileType' };
  return { evidence: { fileName: cleanName(fileName), mime: detected.mime, ext, bytes } };
}

// Every file of an upload, or the first field error: one bad file refuses the whole update.
export async function checkEvidenceFiles(files: { name: string; bytes: Uint8Array }[]): Promise<{ files: CheckedEvidence[]; error?: undefined } | { error: string; files?: undefined }> {
  const present = files.filter((f) => f.bytes.byteLength > 0 || f.name);
  if (present.length > MAX_EVIDENCE_FILES) return { error: 'tooManyFiles' };
  const checked: CheckedEvidence[] = [];
  for (const file of present) {
    const result = await checkEvidence(file.name, file.bytes);
    if (result.error) return { error: result.error };
    checked.push(result.evidence);
  }
  return { files: checked };
}
