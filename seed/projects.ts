import type { SeedProject } from './types';
import { seedOtherProjects } from './projects-other';
import { seedTransportProjects } from './projects-transport';

export const seedProjects: SeedProject[] = [...seedTransportProjects, ...seedOtherProjects];
