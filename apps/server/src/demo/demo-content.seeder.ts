import { readFile } from 'node:fs/promises';
import { demoClients, demoSessionDate, type DemoClientContent } from './content/demo-practice.content.ts';
import { synthesizeDemoAudio } from './demo-audio.generator.ts';

const contentDir = new URL('./content/', import.meta.url);

/**
 * What the seeder needs from the server. The demo hook implements these with the same services the API
 * routes use, so demo sessions go through the real upload → pipeline path (nothing is pre-analysed).
 */
export interface DemoSeedPorts {
  createClient(input: { name: string; email: string; presentingConcern: string }): Promise<{ id: string }>;
  uploadTranscript(input: { clientId: string; sessionDate: string; filename: string; bytes: Buffer }): Promise<{
    id: string;
  }>;
  uploadAudio(input: { clientId: string; sessionDate: string; filename: string; bytes: Buffer }): Promise<{
    id: string;
  }>;
}

export interface SeededDemoClient {
  key: string;
  clientId: string;
  name: string;
  email: string;
  sessionIds: string[];
}

/** `YYYY-MM-DD` of a demo session. */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

async function seedClient(ports: DemoSeedPorts, c: DemoClientContent, seedDay: Date): Promise<SeededDemoClient> {
  const { id: clientId } = await ports.createClient({
    name: c.displayName,
    email: c.email,
    presentingConcern: c.presentingConcern,
  });
  const sessionIds: string[] = [];
  // Oldest first, so each session's deep analysis can draw on the ones before it.
  for (const s of [...c.sessions].sort((a, b) => b.weeksAgo - a.weeksAgo)) {
    const text = await readFile(new URL(s.file, contentDir), 'utf8');
    const sessionDate = isoDay(demoSessionDate(seedDay, s.weeksAgo));
    const created = s.asAudio
      ? await ports.uploadAudio({
          clientId,
          sessionDate,
          filename: s.file.replace(/\.txt$/, '.wav'),
          bytes: await synthesizeDemoAudio(text),
        })
      : await ports.uploadTranscript({ clientId, sessionDate, filename: s.file, bytes: Buffer.from(text, 'utf8') });
    sessionIds.push(created.id);
  }
  return { key: c.key, clientId, name: c.displayName, email: c.email, sessionIds };
}

/** Creates the three demo clients and uploads their 19 sessions; the pipeline analyses them afterwards. */
export async function seedDemoContent(ports: DemoSeedPorts, seedDay = new Date()): Promise<SeededDemoClient[]> {
  const seeded: SeededDemoClient[] = [];
  for (const c of demoClients) seeded.push(await seedClient(ports, c, seedDay));
  return seeded;
}
