/**
 * The synthetic demo practice: who the clients are and when each session happened. Transcripts live next to
 * this file as plain `Therapist: …` / `Client: …` text, written for Insession (no real people or sessions).
 * Dates are relative to the day the demo is seeded so the practice always looks current.
 */
export interface DemoSessionContent {
  /** Transcript file in this folder. */
  file: string;
  /** How many weeks before the seed day the session took place. */
  weeksAgo: number;
  /** Store this session as generated speech (espeak-ng, two voices) so the audio pipeline runs. */
  asAudio?: boolean;
}

export interface DemoClientContent {
  key: string;
  displayName: string;
  email: string;
  /** One line for the clinician: why the client came. */
  presentingConcern: string;
  sessions: DemoSessionContent[];
}

export const demoClinician = { displayName: 'Dr. Sam Rivera', email: 'sam.rivera@demo.insession.local' } as const;

/** Maya's weekly sessions thin out to fortnightly once she is back at work, as a real course would. */
const mayaWeeksAgo = [15, 14, 13, 12, 11, 10, 9, 8, 7, 5, 3, 1];

export const demoClients: DemoClientContent[] = [
  {
    key: 'maya',
    displayName: 'Maya Brennan',
    email: 'maya.brennan@demo.insession.local',
    presentingConcern: 'Depression after redundancy and a break-up; passive suicidal ideation at intake',
    sessions: mayaWeeksAgo.map((weeksAgo, i) => ({ file: `maya-${String(i + 1).padStart(2, '0')}.txt`, weeksAgo })),
  },
  {
    key: 'daniel',
    displayName: 'Daniel Reyes',
    email: 'daniel.reyes@demo.insession.local',
    presentingConcern: 'Alcohol use flagged by raised liver enzymes; GP referral for health-behaviour counselling',
    sessions: [
      { file: 'daniel-01.txt', weeksAgo: 6 },
      { file: 'daniel-02.txt', weeksAgo: 5 },
      { file: 'daniel-03.txt', weeksAgo: 4 },
      { file: 'daniel-04.txt', weeksAgo: 1 },
    ],
  },
  {
    key: 'priya',
    displayName: 'Priya Nair',
    email: 'priya.nair@demo.insession.local',
    presentingConcern: 'Panic attacks at work and avoidance of meetings',
    sessions: [
      { file: 'priya-01.txt', weeksAgo: 3 },
      { file: 'priya-02.txt', weeksAgo: 2 },
      { file: 'priya-03.txt', weeksAgo: 1, asAudio: true },
    ],
  },
];

/** The session's date: the seed day minus `weeksAgo` weeks, at 10:00 local practice time. */
export function demoSessionDate(seedDay: Date, weeksAgo: number): Date {
  const d = new Date(seedDay);
  d.setUTCHours(10, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - weeksAgo * 7);
  return d;
}
