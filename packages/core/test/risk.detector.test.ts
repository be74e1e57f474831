import { describe, expect, it } from 'vitest';
import { analyzeTranscript, type Risk } from '../src/index.ts';
import { session } from './support/session.ts';

async function risk(clientSays: string, options = { embeddingWordBudget: 0 }): Promise<Risk> {
  const t = await session('Therapist: How have things been for you this week?', `Client: ${clientSays}`);
  return (await analyzeTranscript(t, options)).risk;
}

describe('risk detector', () => {
  it.each([
    ["I've been thinking about killing myself most nights.", 'active_suicidal_ideation', 'high'],
    ['Sometimes I wish I could go to sleep and not wake up.', 'passive_suicidal_ideation', 'moderate'],
    ['Everyone would be better off without me.', 'passive_suicidal_ideation', 'moderate'],
    ['I cut myself again on Sunday after the fight.', 'self_harm', 'high'],
    ["I'm scared I'll hurt the baby when he won't stop crying.", 'harm_to_others', 'high'],
    ['My boyfriend hits me when he has been drinking.', 'abuse', 'high'],
    ['I overdosed on Friday and my flatmate found me.', 'substance_crisis', 'high'],
  ])('flags "%s" as %s', async (text, type, severity) => {
    const r = await risk(text);
    expect(r.flags).toEqual([expect.objectContaining({ type, severity, quote: text })]);
    expect(r.level).not.toBe('none');
  });

  it.each([
    'I would never hurt myself, I have my kids to think about.',
    "I'm not suicidal, I just feel flat.",
    'This job is killing me, sixty hours again this week.',
    'I could kill for a coffee right now.',
    'My mum will kill me if she finds out I failed.',
    'I cut myself shaving this morning.',
    "I've cut myself off from most of my friends.",
    "I'm dying to go on holiday.",
    'My grandad died in the spring and I still miss him.',
  ])('does not flag "%s"', async (text) => {
    expect(await risk(text)).toEqual({ level: 'none', flags: [] });
  });

  it('never flags from sentiment alone, even very negative speech', async () => {
    const r = await risk(
      'Everything is awful, I hate this miserable week, I feel terrible and exhausted and hopeless.',
      {
        embeddingWordBudget: 2500,
      },
    );
    expect(r.flags).toEqual([]);
  });

  it('treats a yes to a screening question as a disclosure, and a no as none', async () => {
    const yes = await session(
      'Therapist: Have you had any thoughts of ending your life?',
      'Client: Yes, sometimes, late at night.',
    );
    const no = await session(
      'Therapist: Have you had any thoughts of ending your life?',
      'Client: No, never. I want to get better.',
    );
    const [a, b] = await Promise.all([
      analyzeTranscript(yes, { embeddingWordBudget: 0 }),
      analyzeTranscript(no, { embeddingWordBudget: 0 }),
    ]);
    expect(a.risk.flags).toEqual([
      expect.objectContaining({ type: 'passive_suicidal_ideation', quote: 'Yes, sometimes, late at night.' }),
    ]);
    expect(b.risk.level).toBe('none');
  });
});
