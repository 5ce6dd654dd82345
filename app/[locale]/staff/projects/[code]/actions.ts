'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { setAttachmentPublication } from '@/db/evidence/mutations';
import { expirePublicData } from '@/db/core/expire-public-data';
import { addMilestone, setMilestonePublication, setMilestoneStatus } from '@/db/milestones/mutations';
import { createProject, deleteProject, updateProject } from '@/db/projects/mutations';
import { getCurrentUser } from '@/db/accounts/current-user';
import { checkEvidenceFiles } from '@/db/evidence/check';
import type { Refusal } from '@/db/core/versioned-record';
import { formValues, todayInShanghai, type FormState, type FormValues } from '@/lib/validation/form-state';

const MULTI = ['cityCodes'];

// The form's strings as the project mutation's input; empty strings mean "empty".
function projectInput(values: FormValues): Record<string, unknown> {
  const { version, note, verifiedToday, code, healthInternal, ...fields } = values;
  void version;
  void note;
  void code;
  return {
    ...fields,
    healthInternal: healthInternal === 'on',
    ...(verifiedToday === 'on' ? { lastVerifiedAt: todayInShanghai() } : {}),
  };
}

// A refused write as its form shows it: why, and what was typed.
function refused(result: Refusal | { status: 'conflict' }, values?: FormValues): FormState {
  return { status: result.status, values, errors: result.status === 'invalid' ? result.errors : undefined };
}

function changed(code: string, path = `/staff/projects/${code}`): void {
  expirePublicData({ projects: [code] });
  revalidatePath(path);
}

export async function saveProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, MULTI);
  const code = String(values.code);
  const files = formData.getAll('evidence').filter((f): f is File => typeof f !== 'string' && f.size > 0);
  const checked = await checkEvidenceFiles(
    await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
  );
  if (checked.error) return { status: 'invalid', values, errors: { evidence: [checked.error] } };
  const result = await updateProject(
    await getCurrentUser(),
    code,
    Number(values.version),
    projectInput(values),
    values.note,
    checked.files,
  );
  if (result.ok) {
    changed(String(code));
    return { status: 'saved', version: result.record.project.version };
  }
  if (result.status === 'invalid') return { status: 'invalid', values, errors: result.errors };
  if (result.status === 'conflict') {
    const conflict = result.history.map((h) => ({
      version: h.version,
      at: h.createdAt,
      by: h.userName,
      note: h.note,
      changes: h.changes,
    }));
    return { status: 'conflict', values, version: result.current.project.version, conflict };
  }
  return { status: result.status, values };
}

export async function createProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, MULTI);
  const result = createProject(await getCurrentUser(), { ...projectInput(values), code: values.code });
  if (!result.ok)
    return {
      status: result.status === 'invalid' ? 'invalid' : 'forbidden',
      values,
      errors: result.status === 'invalid' ? result.errors : undefined,
    };
  changed(result.record.project.code, '/staff/projects');
  redirect(`/staff/projects/${result.record.project.code}`);
}

export async function deleteProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = deleteProject(await getCurrentUser(), String(values.code), Number(values.version), values.note);
  if (!result.ok) return refused(result, values);
  changed(String(values.code), '/staff/projects');
  redirect('/staff/projects');
}

export async function addMilestoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { code, ...values } = formValues(formData);
  const result = addMilestone(await getCurrentUser(), String(code), values);
  if (!result.ok) return refused(result, values);
  changed(String(code));
  return { status: 'saved' };
}

export async function setMilestoneStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { code, id, version, status } = formValues(formData) as Record<string, string>;
  const result = setMilestoneStatus(await getCurrentUser(), Number(id), Number(version), {
    status,
    ...(status === 'met' ? { actualOn: todayInShanghai() } : {}),
  });
  if (!result.ok) return refused(result);
  changed(String(code));
  return { status: 'saved' };
}

export async function setMilestonePublicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { code, id, version, publication } = formValues(formData) as Record<string, string>;
  const result = setMilestonePublication(await getCurrentUser(), Number(id), Number(version), { publication });
  if (!result.ok) return refused(result);
  changed(String(code));
  return { status: 'saved' };
}

export async function setEvidencePublicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { code, id, publication } = formValues(formData) as Record<string, string>;
  const result = setAttachmentPublication(
    await getCurrentUser(),
    Number(id),
    publication === 'published' ? 'published' : 'draft',
  );
  if (!result.ok) return refused(result);
  changed(String(code));
  return { status: 'saved' };
}
