import enCommon from '@/messages/en/common.json';
import enProjects from '@/messages/en/projects.json';
import zhCommon from '@/messages/zh/common.json';
import zhProjects from '@/messages/zh/projects.json';
import type { Locale } from './locales';

// One file per area of the app and language, so work on one area never touches another's text.
const MESSAGES = {
  zh: { ...zhCommon, ...zhProjects },
  en: { ...enCommon, ...enProjects },
};

export type Messages = (typeof MESSAGES)['zh'];

export function loadMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}
