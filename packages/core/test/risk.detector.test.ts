import { describe, expect, it } from 'vitest';
import { trainingFingerprint } from '../eval/linear-training.ts';
import { loadRiskTrainingSet, riskTrainingSettings } from '../eval/risk-training-set.ts';
import { analyzeTranscript, type Risk } from '../src/index.ts';
import { riskModels } from '../src/risk/risk-models.ts';
import { session } from './support/session.ts';

async function risk(clientSays: string, options = { embeddingWordBudget: 0 }): Promise<Risk> {
  const t = await session('Therapist: How have things been for you this week?', `Client: ${clientSays}`);
  return (await analyzeTranscript(t, options)).risk;
}

describe('risk detector', () => {
  it.each([
    ["I've been thinking about killing myself most nights.", 'active_suicidal_ideation', 'high'],
    // A wish to be dead without plan or intent is low risk; the flag still shows.
    ['Sometimes I wish I could go to sleep and not wake up.', 'passive_suicidal_ideation', 'low'],
    ['Everyone would be better off without me.', 'passive_suicidal_ideation', 'low'],
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

  // Paraphrases of the development set's kinds of misses: no fixed phrase, the idea put in other words.
  it.each([
    ["I'd rather not exist than feel like this every day.", 'passive_suicidal_ideation'],
    ["There's nothing left for me to live for since she went.", 'passive_suicidal_ideation'],
    ["I've been thinking about ending things.", 'active_suicidal_ideation'],
    ["I gave my dog to my neighbour because I won't be around to look after him.", 'active_suicidal_ideation'],
    ["I've been reading online about the most painless way to go.", 'active_suicidal_ideation'],
    ['I bite my arm until it bruises when I get angry at myself.', 'self_harm'],
    ['I keep imagining stabbing my flatmate when he is asleep.', 'harm_to_others'],
    ['My partner pinned me against the wall and would not let me go.', 'abuse'],
    ['I took too much and my housemate found me not breathing.', 'substance_crisis'],
    ["I've been taking diazepam on top of a bottle of wine to get to sleep.", 'substance_crisis'],
  ])('flags the paraphrase "%s" as %s', async (text, type) => {
    expect((await risk(text)).flags.map((f) => f.type)).toContain(type);
  });

  it.each([
    "She told me she'd been self-harming and I didn't know what to do.",
    "I self-harmed as a teenager but I haven't for years now.",
    "I'd never take an overdose, I know what it did to my family.",
    "I've been cutting out sugar and fizzy drinks.",
    'I burnt my hand on my hair straighteners this morning.',
    "I could strangle my brother sometimes, he's so annoying, but I love him.",
  ])('does not flag someone else\'s risk, a past risk that is over, or a negation: "%s"', async (text) => {
    expect(await risk(text, { embeddingWordBudget: 1200 })).toEqual({ level: 'none', flags: [] });
  });

  it('reads speech-to-text output without apostrophes', async () => {
    const r = await risk('i dont really want to be alive if im honest its been like that for weeks');
    expect(r.flags.map((f) => f.type)).toEqual(['passive_suicidal_ideation']);
  });

  it("does not let embedding similarity flag someone else's risk", async () => {
    expect(await risk('My brother tried to kill himself when we were kids.', { embeddingWordBudget: 1200 })).toEqual({
      level: 'none',
      flags: [],
    });
  });

  it('does not turn ordinary alcohol-use talk into a substance crisis, with embeddings on', async () => {
    const t = await session(
      'Therapist: Can you tell me what a typical week of drinking looks like?',
      "Client: I can't stop drinking once I start on a Saturday, eight or ten pints if we're out.",
      'Therapist: And during the week?',
      "Client: On good days I drink because it's just what I do at seven o'clock. I've been drinking every day after work, four or five cans.",
      'Therapist: What would you like to change?',
      "Client: Keep going like this for a month with no beer in the house, then see. I'm not drinking in the morning or anything.",
    );
    const a = await analyzeTranscript(t);
    expect(a.risk).toEqual({ level: 'none', flags: [] });
    expect(a.topics.map((x) => x.id)).toContain('alcohol_use');
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

  it('hears "thoughts of not wanting to be here" as a screening question, flagging the answer once', async () => {
    const t = await session(
      'Therapist: Any thoughts of not wanting to be here this week?',
      "Client: A bit on Friday, the same tired wish. Nothing more than that. I'd tell you if it changed.",
    );
    const a = await analyzeTranscript(t, { embeddingWordBudget: 0 });
    expect(a.risk.flags).toEqual([
      expect.objectContaining({ type: 'passive_suicidal_ideation', quote: 'A bit on Friday, the same tired wish.' }),
    ]);
  });

  // Written for this test, not in any training set; the phrase patterns alone (no embeddings) miss each one.
  it.each([
    [
      "I press my nails into my wrist until it bleeds, it's the only thing that calms me down.",
      'self_harm',
      'moderate',
    ],
    ['I dig the scissors into my thigh under the desk when it gets too much.', 'self_harm', 'moderate'],
    ['My uncle still comes round and does what he did when I was little, nobody believes me.', 'abuse', 'moderate'],
    [
      "I've been wondering whether anyone at work would even notice if I just stopped turning up to life.",
      'passive_suicidal_ideation',
      'low',
    ],
  ])('the learned classifier flags "%s" as %s where no phrase pattern does', async (text, type, severity) => {
    expect(await risk(text)).toEqual({ level: 'none', flags: [] });
    const r = await risk(text, { embeddingWordBudget: 800 });
    expect(r.flags).toEqual([expect.objectContaining({ type, severity, quote: text })]);
  });

  it.each([
    "I'm knackered, the baby was up four times last night.",
    "I've been putting my tablets in a weekly box so I stop forgetting them.",
    'We had a massive row about the washing up and I went for a walk to cool off.',
    'My knee is killing me after the five-a-side on Sunday.',
  ])('the learned classifier leaves ordinary talk alone: "%s"', async (text) => {
    expect(await risk(text, { embeddingWordBudget: 800 })).toEqual({ level: 'none', flags: [] });
  });

  it('flags a past risk only when the classifier is clear about it', async () => {
    const vague = 'He used to say it when I brought home a bad mark, or spilled something, or forgot something.';
    expect(await risk(vague, { embeddingWordBudget: 800 })).toEqual({ level: 'none', flags: [] });
    const clear = 'He used to hit me when I brought home a bad mark.';
    expect((await risk(clear, { embeddingWordBudget: 800 })).flags).toEqual([
      expect.objectContaining({ type: 'abuse', severity: 'moderate', quote: clear }),
    ]);
  });

  it('ships risk models trained on the current training sentences (retrain with npm run train:risk)', async () => {
    const set = await loadRiskTrainingSet();
    expect(riskModels().file.fingerprint).toBe(trainingFingerprint(set, riskTrainingSettings));
  });
});
