import { z } from 'zod';

export const noteFormats = ['SOAP', 'DAP', 'BIRP', 'GIRP'] as const;
export type NoteFormat = (typeof noteFormats)[number];

const section = z.string().min(1).max(2000);

export const soapNoteSchema = z.object({
  format: z.literal('SOAP'),
  subjective: section,
  objective: section,
  assessment: section,
  plan: section,
});
export const dapNoteSchema = z.object({ format: z.literal('DAP'), data: section, assessment: section, plan: section });
export const birpNoteSchema = z.object({
  format: z.literal('BIRP'),
  behavior: section,
  intervention: section,
  response: section,
  plan: section,
});
export const girpNoteSchema = z.object({
  format: z.literal('GIRP'),
  goals: section,
  intervention: section,
  response: section,
  plan: section,
});

/** A clinical note draft in the practice's or clinician's format; the clinician edits and signs it. */
export const clinicalNoteSchema = z.discriminatedUnion('format', [
  soapNoteSchema,
  dapNoteSchema,
  birpNoteSchema,
  girpNoteSchema,
]);
export type ClinicalNote = z.infer<typeof clinicalNoteSchema>;

/** The schema of one format (structured outputs need an object at the root, not a union). */
export const noteSchemaFor = {
  SOAP: soapNoteSchema,
  DAP: dapNoteSchema,
  BIRP: birpNoteSchema,
  GIRP: girpNoteSchema,
} as const satisfies Record<NoteFormat, z.ZodType<ClinicalNote>>;

/** The sections of each format in reading order, for renderers. */
export const noteSections: Record<NoteFormat, readonly string[]> = {
  SOAP: ['subjective', 'objective', 'assessment', 'plan'],
  DAP: ['data', 'assessment', 'plan'],
  BIRP: ['behavior', 'intervention', 'response', 'plan'],
  GIRP: ['goals', 'intervention', 'response', 'plan'],
};
