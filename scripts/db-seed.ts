import { prepareDatabase } from './prepare-database';

prepareDatabase({ forceSeed: true });
