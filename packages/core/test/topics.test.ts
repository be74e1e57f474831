import { describe, expect, it } from 'vitest';
import { trainingFingerprint } from '../eval/linear-training.ts';
import { loadTopicTrainingSet, topicTrainingSettings } from '../eval/topic-training-set.ts';
import { analyzeTranscript } from '../src/index.ts';
import { sentenceTopicProbabilities } from '../src/topics/sentence-topics.ts';
import { topicLabels, topicModels } from '../src/topics/topic-models.ts';
import { session } from './support/session.ts';

const topicsOf = async (...turns: string[]): Promise<string[]> =>
  (await analyzeTranscript(await session(...turns))).topics.map((t) => t.id);

// Sessions written for these tests, in no training data; the topic is clear from the details, not from a
// cue word ("my dad", "my mum" are family cues, and nothing here names grief or diabetes).
describe('topics', () => {
  it('finds grief from the details of a loss', async () => {
    const topics = await topicsOf(
      "Therapist: What's been on your mind?",
      "Client: Dad's ashes are still on the shelf in the hall. Mum wants us to scatter them at Whitby in June.",
      'Therapist: That sounds like a big day to plan.',
      'Client: I keep picturing him on the pier with his flask. Six months on and I still pick up the phone to ring him.',
    );
    expect(topics[0]).toBe('grief');
  });

  it('finds diabetes management from blood-sugar readings and hypo treatment', async () => {
    const topics = await topicsOf(
      'Therapist: How did the week go?',
      'Client: I had the toast and the banana before the five-a-side like the nurse said, and I checked before and after.',
      'Therapist: What did you notice?',
      'Client: Went down to 4.1 by the end, so I had the jelly babies in my bag. Better than last time when I nearly passed out in the changing room.',
    );
    expect(topics).toContain('diabetes_management');
  });

  it('leaves small talk to the "general" class of the sentence model', () => {
    const p = sentenceTopicProbabilities('Traffic was awful on the way in, sorry I am a bit late.');
    expect(topicLabels[p.indexOf(Math.max(...p))]).toBe('general');
  });

  it('ships topic models trained on the current sentences (retrain with npm run train:topics)', async () => {
    const set = await loadTopicTrainingSet();
    expect(topicModels().file.fingerprint).toBe(trainingFingerprint(set, topicTrainingSettings));
  });
});
