import { describe, expect, it } from 'vitest';
import { labelRoles } from '../src/index.ts';

const seg = (speaker: string, text: string, i: number) => ({ speaker, text, start: i * 5, end: i * 5 + 4.5 });

describe('labelRoles', () => {
  it('finds the counsellor even when the client speaks first', () => {
    const speakers = labelRoles([
      seg('A', "Sorry I'm late, the bus was a nightmare and I nearly turned around and went home.", 0),
      seg('B', "That's okay, you're here now. How has your week been since our last session?", 1),
      seg('A', 'Not great. I have been drinking more than I want to, most nights after work.', 2),
      seg(
        'B',
        'It sounds like the evenings have become the hard part. What usually happens before that first drink?',
        3,
      ),
      seg('A', 'I get home, the flat is empty, and I just pour one without thinking.', 4),
    ]);
    expect(speakers.find((s) => s.id === 'B')).toMatchObject({ role: 'therapist' });
    expect(speakers.find((s) => s.id === 'A')).toMatchObject({ role: 'client' });
    expect(speakers[0]?.roleConfidence).toBeGreaterThan(0.6);
    expect(speakers[0]?.roleConfidence).toBeLessThan(1);
  });

  it('labels a third voice as other and keeps named roles', () => {
    const speakers = labelRoles([
      seg('Therapist', 'What would you like to focus on today?', 0),
      seg('SPEAKER_02', 'I want to talk about my sleep, I keep waking at four and cannot get back to sleep at all.', 1),
      seg('Interpreter', 'She says four.', 2),
      seg('SPEAKER_02', 'And then I am exhausted all day at work and snapping at my kids in the evening.', 3),
    ]);
    expect(speakers.map((s) => [s.id, s.role])).toEqual([
      ['Therapist', 'therapist'],
      ['SPEAKER_02', 'client'],
      ['Interpreter', 'other'],
    ]);
  });
});
