import type { Category, MilestoneStatus, Stage } from '@/lib/enums';

// What the export knows of one published project, already cut to its public view by the data
// layer (db/oc4ids/): the mapping below only reshapes it.
export type Oc4idsFacts = {
  project: {
    code: string;
    nameZh: string;
    nameEn: string;
    descriptionZh: string;
    descriptionEn: string;
    category: Category;
    stage: Stage;
    progress: number | null;
    plannedStart: string | null;
    plannedEnd: string | null;
    actualStart: string | null;
    actualEnd: string | null;
    geometry: string | null;
    geometryApproximate: boolean;
    sourceQuote: string;
    updatedAt: string;
    lastVerifiedAt: string | null;
  };
  cities: { code: string; nameZh: string; nameEn: string }[];
  agreements: { code: string; nameZh: string; nameEn: string; signedOn: string | null; cityCodes: string[] }[];
  milestones: {
    id: number;
    titleZh: string;
    titleEn: string;
    plannedOn: string | null;
    actualOn: string | null;
    status: MilestoneStatus;
  }[];
  evidence: { id: number; fileName: string; mimeType: string; createdAt: string }[];
  // Every public history entry that set the progress, oldest first.
  progressReports: { historyId: number; at: string; value: number | null }[];
};

// Where the package is published and what its source is; the same for every project in it.
export type Oc4idsContext = {
  baseUrl: string;
  prefix: string;
  source: { titleZh: string; titleEn: string; publishedOn: string };
};
