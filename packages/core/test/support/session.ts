import { parseTranscript, type Transcript } from '../../src/index.ts';

/** Parses `Therapist: ...` / `Client: ...` lines into a transcript, 6 seconds per turn. */
export function session(...turns: string[]): Promise<Transcript> {
  const text = turns
    .map(
      (t, i) => `[${String(Math.floor((i * 6) / 60)).padStart(2, '0')}:${String((i * 6) % 60).padStart(2, '0')}] ${t}`,
    )
    .join('\n');
  return parseTranscript({ bytes: new TextEncoder().encode(text), filename: 'test.txt' });
}
