import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTranscript, sessionAnalysisSchema, type SessionAnalysis } from '../src/index.ts';
import { session } from './support/session.ts';

// Embeddings on: these are the engine's real outputs, model loaded once for the file.
const analyze = async (...turns: string[]): Promise<SessionAnalysis> => analyzeTranscript(await session(...turns));

let crisis: SessionAnalysis;
let thriving: SessionAnalysis;
let homework: SessionAnalysis;

beforeAll(async () => {
  [crisis, thriving, homework] = await Promise.all([
    analyze(
      'Therapist: How have you been since last week?',
      "Client: Honestly I'm at a two out of ten. I can't cope with anything and I feel completely hopeless.",
      'Therapist: It sounds like everything feels too heavy right now.',
      "Client: I haven't left the flat, I'm not eating, and I cry every night. Nothing helps.",
    ),
    analyze(
      'Therapist: How have the last few weeks been?',
      "Client: Really good. I'm excited about the new job, I'm sleeping well and I feel hopeful and proud of myself.",
      "Therapist: You're enjoying life again.",
      "Client: Yes, I've been running with my sister and I feel happier than I have in years.",
    ),
    analyze(
      'Therapist: How much have you been smoking lately?',
      'Client: About twenty cigarettes a day. I want to quit before the baby comes.',
      "Therapist: You want to be smoke-free for the baby. For this week, I'd like you to keep a log of every cigarette and what triggered it. Would that work?",
      "Client: Okay, I can do that. I'll also call the quit line on Monday.",
    ),
  ]);
});

describe('heuristic Wave 1 analyzers', () => {
  it('scores mood from the client, with a self-rating as the strongest signal, and follows the course', () => {
    expect(crisis.mood.score).toBeLessThanOrEqual(3.5);
    expect(crisis.mood.indicators[0]).toBe('client self-rating 2/10');
    expect(crisis.mood.evidence[0]?.quote).toBe("Honestly I'm at a two out of ten.");
    expect(thriving.mood.score).toBeGreaterThanOrEqual(7);
    expect(thriving.mood.rationale).toMatch(/not a language model/);
  });

  it('picks topics from the taxonomy', () => {
    expect(homework.topics[0]?.id).toBe('smoking_tobacco');
    expect(crisis.topics.map((t) => t.id)).toContain('depression');
  });

  it('extracts agreed homework with its time and a ≤45-character summary, and none when none was agreed', () => {
    expect(homework.actionItems.map((a) => a.text)).toEqual([
      'Keep a log of every cigarette and what triggered it',
      'Call the quit line on Monday',
    ]);
    // Times are the sentence's position inside the turn that started at 0:12.
    expect(homework.actionItems[0]?.start).toBeGreaterThan(12);
    expect(homework.actionItems[0]?.end).toBeLessThanOrEqual(18);
    expect(homework.actionSummary.length).toBeLessThanOrEqual(45);
    expect(crisis.actionItems).toEqual([]);
    expect(crisis.actionSummary).toBe('No homework agreed');
  });

  it('names a technique from the library only when one was used', () => {
    expect(homework.technique).toMatchObject({ label: 'Health Coaching - Self-Monitoring' });
    expect(homework.technique?.evidence[0]?.quote).toMatch(/keep a log of every cigarette/);
    expect(thriving.technique).toBeNull();
  });

  it('keeps the summary within 150 characters and mentions the main topic', () => {
    for (const a of [crisis, thriving, homework]) expect(a.summary.length).toBeLessThanOrEqual(150);
    expect(homework.summary).toMatch(/smoking/i);
  });

  it('finds a breakthrough only for a new self-directed insight, not for a progress update', async () => {
    expect(thriving.breakthrough).toBeNull();
    const insight = await analyze(
      'Therapist: Whose voice is it that says you are useless?',
      "Client: My father's. I never connected that before. I finally understand why I'm so hard on myself, it's his voice and not the truth about me. That feels lighter.",
    );
    expect(insight.breakthrough?.label).toMatch(/past|self-understanding|self-blame/i);
    expect(insight.breakthrough?.evidence.map((e) => e.quote)).toContain('I never connected that before.');
  });

  it("finds an insight that unfolds over two client turns (the inner critic is a parent's voice)", async () => {
    const a = await analyze(
      'Therapist: Say more about that.',
      "Client: He used to say it when I brought home a bad mark. And I realised that the voice I've been calling my own inner critic is actually him.",
      'Therapist: That is a big thing to notice. How did it feel when you realised?',
      "Client: Strange. Sad, but also a bit of relief. If it's his voice, then it's not the truth about me. It's just something I learned.",
    );
    expect(a.breakthrough?.label).toBe('Pattern linked to the past');
    expect(a.breakthrough?.evidence.map((e) => e.quote)).toContain(
      "And I realised that the voice I've been calling my own inner critic is actually him.",
    );
  });

  it('finds an insight the client confirms after naming its cause, but not a realisation with nothing more', async () => {
    const confirmed = await analyze(
      'Therapist: What happens to the worry when you leave the shop?',
      "Client: It drops straight away. Oh. So each time I walk out, I'm teaching myself it was dangerous. That's why it keeps spreading to other places.",
      'Therapist: Leaving brings relief now and more fear later.',
      "Client: That actually makes sense of it. It's not that I'm weak, I keep running.",
    );
    expect(confirmed.breakthrough?.label).toBe('Reframe from self-blame');
    expect(confirmed.breakthrough?.evidence.map((e) => e.quote)).toEqual([
      "That's why it keeps spreading to other places.",
      'That actually makes sense of it.',
      "It's not that I'm weak, I keep running.",
    ]);
    const plain = await analyze(
      'Therapist: The bus leaves at eight, not half past.',
      'Client: Right, now I see. I will get the earlier one on Monday.',
    );
    expect(plain.breakthrough).toBeNull();
  });

  it('keeps risk detail out of the client-facing summary', async () => {
    const a = await analyze(
      'Therapist: Any thoughts of not wanting to be here?',
      "Client: Yes. I keep thinking everyone would be better off without me, and I've thought about suicide.",
      "Therapist: Thank you for telling me. Let's make a safety plan together now.",
      "Client: Okay. I'm at a two out of ten, I'm not sleeping at all.",
    );
    expect(a.risk.level).not.toBe('none');
    expect(a.topics.map((t) => t.id)).toContain('suicidal_thoughts');
    expect(a.summary).not.toMatch(/risk|suicid|self-harm|moderate|high/i);
    expect(a.summary).toMatch(/^Discussed /);
  });

  it('codes utterances and builds the skill profile', () => {
    const codes = homework.miSkills.utterances.map((u) => u.code);
    expect(codes).toEqual(['question', 'change', 'input', 'change']);
    // Client talk types on harder lines are covered in talk-coding.test.ts.
    expect(thriving.miSkills.utterances.filter((u) => u.segment % 2 === 0).map((u) => u.code)).toEqual([
      'question',
      'reflection',
    ]);
    expect(thriving.miSkills).toMatchObject({
      questions: 1,
      openQuestions: 1,
      reflections: 1,
      reflectionToQuestionRatio: 1,
      percentOpenQuestions: 100,
    });
  });

  it('computes talk-time metrics from segment times', () => {
    expect(homework.metrics).toMatchObject({ turns: 4, durationSeconds: expect.any(Number) });
    expect(homework.metrics.therapistTalkShare + homework.metrics.clientTalkShare).toBeCloseTo(1, 1);
  });

  it('always returns schema-valid output from the heuristic provider', () => {
    for (const a of [crisis, thriving, homework]) {
      expect(sessionAnalysisSchema.safeParse(a).success).toBe(true);
      expect(a.provider).toBe('heuristic');
    }
  });
});
