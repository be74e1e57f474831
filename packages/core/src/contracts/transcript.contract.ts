import { z } from 'zod';

export const speakerRoles = ['therapist', 'client', 'other'] as const;
export const speakerRoleSchema = z.enum(speakerRoles);
export type SpeakerRole = z.infer<typeof speakerRoleSchema>;

/** One speaker of a session: resolved role, how sure the labeller is, and how much they spoke. */
export const speakerSchema = z.object({
  id: z.string().min(1),
  role: speakerRoleSchema,
  roleConfidence: z.number().min(0).max(1),
  talkSeconds: z.number().nonnegative(),
  words: z.number().int().nonnegative(),
});
export type Speaker = z.infer<typeof speakerSchema>;

/**
 * One turn of talk. `speaker` is the speaker id (a diarization id or a role name as given in the input). `text` is
 * empty for a turn whose words were not transcribed (audio with speech-to-text `none`, or nothing recognised): the
 * turn still counts for talk time, and analysis needs at least one turn with words.
 */
export const segmentSchema = z.object({
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  speaker: z.string().min(1),
  text: z.string(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const transcriptFormats = ['json', 'text', 'vtt', 'srt', 'docx', 'pdf'] as const;
export type TranscriptFormat = (typeof transcriptFormats)[number];

/** A parsed transcript: segments in time order, speakers with roles, and whether times were estimated. */
export const transcriptSchema = z.object({
  segments: z.array(segmentSchema).min(1),
  speakers: z.array(speakerSchema).min(1),
  /** True when the input had no times and they were estimated at 150 words per minute. */
  timesEstimated: z.boolean(),
  format: z.enum(transcriptFormats),
  filename: z.string(),
});
export type Transcript = z.infer<typeof transcriptSchema>;
