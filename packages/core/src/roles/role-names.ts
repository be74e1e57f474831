import type { SpeakerRole } from '../contracts/transcript.contract.ts';

const therapistNames =
  /^(therapist|counsel+or|clinician|provider|interviewer|psychologist|psychotherapist|coach|practitioner|doctor|dr|nurse|t|th)$/i;
const clientNames = /^(client|patient|interviewee|participant|service user|p|c|cl|pt)$/i;

/** Maps a speaker label that names a role (`Therapist`, `counselor`, `Patient`, `T`) to that role; ids return null. */
export function roleFromName(name: string): SpeakerRole | null {
  // Exports from the audio pipeline label turns "Therapist (S1)": the role is the part before the id.
  const n = name
    .trim()
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/[.:]$/, '');
  if (therapistNames.test(n)) return 'therapist';
  if (clientNames.test(n)) return 'client';
  return null;
}
