import type { ApiHarness } from './api-app.ts';
import { ApiUser } from './api-user.ts';

export const TRANSCRIPT = [
  'Therapist: Welcome back. How has the week been since we last met?',
  'Client: Honestly it was hard. I barely slept and I kept worrying about work.',
  'Therapist: That sounds exhausting. What went through your mind at night?',
  'Client: That I will mess up the presentation and everyone will see I am not good enough.',
  'Therapist: Let us look at the evidence for that thought together.',
  'Client: Okay. I did finish the last two projects on time, I suppose.',
].join('\n');

/** The smallest valid WAV: RIFF header and 0.01 s of silence at 8 kHz. */
export function tinyWav(): Buffer {
  const samples = 80;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVEfmt ', 8, 'latin1');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'latin1');
  b.writeUInt32LE(samples * 2, 40);
  return b;
}

/** A multipart/form-data body with text fields and one file part. */
export function multipart(fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) {
  const boundary = `----insession${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    parts.push(file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export type TargetKind = 'own' | 'other' | 'foreign';

export interface Fixture {
  clientId: string;
  sessionId: string;
  draftSessionId: string;
  noteId: string;
  homeworkId: string;
}

export interface World {
  adminA: ApiUser;
  clinA1: ApiUser;
  clinA2: ApiUser;
  adminB: ApiUser;
  clientUser: ApiUser;
  /** Whose resources each target kind is: own = clinician A1's client (the client user's record). */
  owners: Record<TargetKind, ApiUser>;
  targets: Record<TargetKind, Fixture>;
}

async function ok(res: { statusCode: number; body: string }, expected: number, what: string) {
  if (res.statusCode !== expected) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body || 'null') as Record<string, string>;
}

/** Creates a client with an analysed-ready session (transcript uploaded), a draft session, a note and homework. */
export async function makeFixture(owner: ApiUser, name: string): Promise<Fixture> {
  const client = await ok(await owner.post('/api/clients', { name }), 201, 'create client');
  const clientId = client['id'] ?? '';
  const session = await ok(
    await owner.post('/api/sessions', { clientId, sessionDate: '2026-01-05', sourceKind: 'transcript' }),
    201,
    'session',
  );
  const sessionId = session['id'] ?? '';
  const body = multipart({}, { name: 's.txt', type: 'text/plain', bytes: Buffer.from(TRANSCRIPT) });
  await ok(
    await owner.request({ method: 'POST', url: `/api/sessions/${sessionId}/transcript`, ...body }),
    201,
    'transcript',
  );
  const draft = await ok(
    await owner.post('/api/sessions', { clientId, sessionDate: '2026-01-12' }),
    201,
    'draft session',
  );
  const note = await ok(
    await owner.post(`/api/sessions/${sessionId}/notes`, { format: 'SOAP', body: { S: 'Poor sleep.' } }),
    201,
    'note',
  );
  const hw = await ok(
    await owner.post(`/api/sessions/${sessionId}/homework`, { text: 'Sleep diary' }),
    201,
    'homework',
  );
  return {
    clientId,
    sessionId,
    draftSessionId: draft['id'] ?? '',
    noteId: note['id'] ?? '',
    homeworkId: hw['id'] ?? '',
  };
}

export async function buildWorld(h: ApiHarness): Promise<World> {
  const adminA = await ApiUser.signUp(h.app, 'admin@a.example', 'Practice A');
  const adminB = await ApiUser.signUp(h.app, 'admin@b.example', 'Practice B');
  const staff = async (email: string) => {
    await ok(
      await adminA.post('/api/users', { email, name: email, password: 'correct horse battery', role: 'clinician' }),
      201,
      'staff',
    );
    return ApiUser.signIn(h.app, email);
  };
  const clinA1 = await staff('one@a.example');
  const clinA2 = await staff('two@a.example');
  const targets = {
    own: await makeFixture(clinA1, 'Own Client'),
    other: await makeFixture(clinA2, 'Other Client'),
    foreign: await makeFixture(adminB, 'Foreign Client'),
  };
  const invite = await ok(
    await clinA1.post(`/api/clients/${targets.own.clientId}/invite`, { email: 'client@a.example' }),
    201,
    'invite',
  );
  const token = new URL(invite['url'] ?? '').searchParams.get('token');
  const accepted = await h.app.inject({
    method: 'POST',
    url: '/api/invites/accept',
    payload: { token, name: 'Own Client', password: 'correct horse battery' },
  });
  await ok(accepted, 201, 'accept invite');
  const clientUser = ApiUser.fromResponse(h.app, accepted);
  return {
    adminA,
    clinA1,
    clinA2,
    adminB,
    clientUser,
    owners: { own: clinA1, other: clinA2, foreign: adminB },
    targets,
  };
}
