import { describe, expect, it } from 'vitest';
import {
  loadTalkTrainingSet,
  loadTherapistTrainingSet,
  talkModelFingerprint,
  therapistModelFingerprint,
} from '../eval/talk-training-set.ts';
import { analyzeTranscript } from '../src/index.ts';
import { clientTalkModel } from '../src/skills/client-talk-model.ts';
import { therapistTalkModel } from '../src/skills/therapist-talk-model.ts';
import { session } from './support/session.ts';

/** The codes the skill profile gives a short exchange, turn by turn. */
async function codes(...turns: string[]): Promise<(string | undefined)[]> {
  const a = await analyzeTranscript(await session(...turns), { embeddingWordBudget: 0 });
  return turns.map((_, i) => a.miSkills.utterances.find((u) => u.segment === i)?.code);
}

// Lines written for these tests, in none of the training data; each is a case the cue rules alone got wrong.
describe('client talk type', () => {
  it.each([
    ["Honestly the fags are the only thing keeping me sane on nights, I'm not binning them.", 'sustain'],
    ["Weekends are for the pub, that's how it's always been with the lads.", 'sustain'],
    ["Three weekends now without touching the stuff and my head's clearer.", 'change'],
    ['Put the scales in the loft and had porridge every morning this week.', 'change'],
    ['I will say the new flat is a lot quieter than the last one.', 'neutral'],
  ])('codes "%s" as %s', async (text, code) => {
    expect((await codes('Therapist: What do you make of that?', `Client: ${text}`))[1]).toBe(code);
  });

  it('ships a talk-type model trained on the current lines and cues (retrain with npm run train:talk)', async () => {
    expect(clientTalkModel().file.fingerprint).toBe(talkModelFingerprint(await loadTalkTrainingSet()));
  });
});

describe('counsellor turn coding', () => {
  const client = "Client: Since she moved out the evenings just drag, I sit with the telly on and don't watch it.";
  it.each([
    ['Morning, Dave. Come on in, grab a chair.', 'other'],
    ['Hello again Marcus, lovely to see you. How are you doing?', 'other'],
    [
      "Could I tell you what's helped others? Some people leave the cigarettes in the car, so there's a walk between them and the urge.",
      'input',
    ],
    ['Leaving feels like giving up, and staying feels like drowning.', 'reflection'],
  ])('codes "%s" as %s', async (text, code) => {
    expect((await codes(client, `Therapist: ${text}`))[1]).toBe(code);
  });

  it('ships a counsellor-turn model trained on the current turns and rules (retrain with npm run train:talk)', async () => {
    expect(therapistTalkModel().file.fingerprint).toBe(therapistModelFingerprint(await loadTherapistTrainingSet()));
  });
});
