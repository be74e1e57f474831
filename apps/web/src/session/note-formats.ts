export type NoteFormat = 'SOAP' | 'DAP' | 'BIRP' | 'GIRP';

/** Section keys and headings of each clinical note format, in order. */
export const noteSections: Record<NoteFormat, { key: string; label: string }[]> = {
  SOAP: [
    { key: 'subjective', label: 'Subjective' },
    { key: 'objective', label: 'Objective' },
    { key: 'assessment', label: 'Assessment' },
    { key: 'plan', label: 'Plan' },
  ],
  DAP: [
    { key: 'data', label: 'Data' },
    { key: 'assessment', label: 'Assessment' },
    { key: 'plan', label: 'Plan' },
  ],
  BIRP: [
    { key: 'behavior', label: 'Behavior' },
    { key: 'intervention', label: 'Intervention' },
    { key: 'response', label: 'Response' },
    { key: 'plan', label: 'Plan' },
  ],
  GIRP: [
    { key: 'goals', label: 'Goals' },
    { key: 'intervention', label: 'Intervention' },
    { key: 'response', label: 'Response' },
    { key: 'plan', label: 'Plan' },
  ],
};
