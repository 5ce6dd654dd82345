// The kinds of record search covers, in the order results are grouped.
export const SEARCH_KINDS = ['project', 'agreement', 'organization', 'event', 'indicator', 'plan'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
