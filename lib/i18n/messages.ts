import enCommon from '@/messages/en/common.json';
import enDashboard from '@/messages/en/dashboard.json';
import enEditing from '@/messages/en/editing.json';
import enMap from '@/messages/en/map.json';
import enOpenData from '@/messages/en/open-data.json';
import enProjects from '@/messages/en/projects.json';
import enSearch from '@/messages/en/search.json';
import enStaff from '@/messages/en/staff.json';
import zhCommon from '@/messages/zh/common.json';
import zhDashboard from '@/messages/zh/dashboard.json';
import zhEditing from '@/messages/zh/editing.json';
import zhMap from '@/messages/zh/map.json';
import zhOpenData from '@/messages/zh/open-data.json';
import zhProjects from '@/messages/zh/projects.json';
import zhSearch from '@/messages/zh/search.json';
import zhStaff from '@/messages/zh/staff.json';
import type { Locale } from './locales';

// One file per area of the app and language, so work on one area never touches another's text.
const MESSAGES = {
  zh: { ...zhCommon, ...zhProjects, ...zhDashboard, ...zhMap, ...zhStaff, ...zhEditing, ...zhOpenData, ...zhSearch },
  en: { ...enCommon, ...enProjects, ...enDashboard, ...enMap, ...enStaff, ...enEditing, ...enOpenData, ...enSearch },
};

export type Messages = (typeof MESSAGES)['zh'];

export function loadMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}
