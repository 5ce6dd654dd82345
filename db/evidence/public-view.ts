import 'server-only';

type EvidenceState = { publication: string; deletedAt: string | null };

// Evidence reaches the public once published, and only while its project is published too.
export function isPublicEvidence(evidence: EvidenceState, project: EvidenceState): boolean {
  return evidence.publication === 'published' && evidence.deletedAt === null
    && project.publication === 'published' && project.deletedAt === null;
}
