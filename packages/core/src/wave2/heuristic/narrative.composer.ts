import type { DeepAnalysis } from '../contracts/deep-analysis.contract.ts';
import {
  NARRATIVE_MAX_WORDS,
  NARRATIVE_MIN_WORDS,
  wordCount,
  type Narrative,
} from '../contracts/narrative.contract.ts';
import type { SessionRecord } from '../session-record.ts';

export interface NarrativeInput {
  session: SessionRecord;
  history: SessionRecord[];
  deep: DeepAnalysis;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const list = (xs: string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1) ?? ''}`;
const clipWords = (s: string, n: number): string => {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length <= n ? s : `${words.slice(0, n).join(' ')}…`;
};
/** Client quotes may speak of "the client" only by accident of transcription; keep the narrative second person. */
const safeQuote = (s: string): string => clipWords(s.replace(/\b(the client|the patient)\b/gi, 'you'), 30);

// The breakthrough's description is written for the clinician ("the client voiced…"); the client reads its label
// and their own words instead.
const REALISATION = /\b(realis|realiz|understand|makes sense|never thought|i see)/i;
function breakthroughSentences(b: NonNullable<SessionRecord['analysis']['breakthrough']>): string[] {
  const quote = (b.evidence.find((e) => REALISATION.test(e.quote)) ?? b.evidence[0])?.quote;
  return [
    `An important moment came when you reached a new understanding (${b.label.toLowerCase()}).`,
    ...(quote ? [`You put it like this: "${safeQuote(quote)}"`] : []),
  ];
}

const trendPhrase = {
  improving: 'to be lifting',
  declining: 'to have dipped',
  variable: 'to have gone up and down',
  stable: 'fairly steady',
  first_session: 'like a new starting point',
} as const;

/** Supporting sentences per paragraph, used in order to reach the word range; all stay true for any session. */
const fillers: string[][] = [
  [
    'Coming to a session and talking openly about how things really are takes effort, and that effort counts.',
    'How you feel on the day of a session is only one snapshot, and it is the pattern over weeks that tells the story.',
    'Noticing your own state, without judging it, is already part of the work you are doing.',
    'Some weeks will feel lighter and others heavier, and both are part of the same journey forward.',
    'Paying attention to what lifts your mood, even slightly, gives you clues you can use again on harder days.',
    'Whatever you brought into the room this time was welcome, and it all helps to build a clearer picture together.',
  ],
  [
    'Putting difficult experiences into words can make them feel a little more manageable and a little less tangled.',
    'It is common for the same themes to come back from different angles as you look at them more closely.',
    'There is no right pace for this kind of conversation, and the ground you covered is yours to build on.',
    'Talking about these areas of your life side by side can also show how they affect one another.',
    'You do not have to solve everything at once; choosing one thread to follow is often enough for now.',
    'What you shared helps your therapist understand your situation in your own terms, not just in general ones.',
  ],
  [
    'Insights often arrive quietly, and they tend to grow as you test them against everyday life.',
    'It may help to jot down anything that comes to mind about this in the days after the session.',
    'Understanding why something happens does not fix it on its own, but it gives you more room to choose your response.',
    'Noticing a pattern is often the first step towards changing it, because it lets you see it coming next time.',
    'You might find it useful to return to these ideas with curiosity rather than criticism when they come up again.',
    'Over time, these small discoveries tend to connect with each other and form a more complete understanding.',
  ],
  [
    'Strengths like these are easy to overlook when things feel hard, so it is worth naming them plainly.',
    'Skills grow with repetition, and each time you use one in a real situation it becomes a little more natural.',
    'Being willing to try something new, even when you are unsure it will help, is itself a real strength.',
    'Think of the skills you are building as tools you can pick up whenever you need them, not tests to pass.',
    'It is fine if a skill feels awkward at first; most people find it easier after practising it a few times.',
    'Your own experience is the best guide to which approaches fit you, so keep noticing what helps and what does not.',
  ],
  [
    'Small, regular steps usually do more than occasional big efforts, so be kind to yourself about what you manage.',
    'If something gets in the way, that is useful information to bring back rather than a failure.',
    'You are welcome to bring any questions or doubts about this to your next session.',
    'Try to pick a regular time for your practice, so it becomes part of your routine rather than one more chore.',
    'It can help to notice how you feel before and after each attempt, even in just a word or two.',
    'However the coming days go, each step you take is part of the progress you are making.',
  ],
];

/** Five paragraphs in second person from the session's findings; padded or trimmed into 500–750 words. */
export function composeNarrative({ session, history, deep }: NarrativeInput): Narrative {
  const a = session.analysis;
  const earlier = history.length;
  const change = deep.progressIndicators.symptomChange;
  const topics = a.topics.map((t) => lowerFirst(t.label));
  // Never hand a risk statement back to the client in their narrative; the clinician sees it in the note.
  const riskAt = new Set(a.risk.flags.map((f) => f.start));
  const quote = a.mood.evidence.find(
    (e) => !riskAt.has(e.start) && !a.risk.flags.some((f) => e.quote.includes(f.quote) || f.quote.includes(e.quote)),
  )?.quote;
  const core: string[][] = [
    [
      `You came to this session feeling ${lowerFirst(a.mood.tone)}, and you were willing to talk about it openly.`,
      earlier === 0
        ? 'As this was your first session analysed here, it gives a starting point to compare later sessions with.'
        : `Compared with your earlier ${earlier === 1 ? 'session' : `${earlier} sessions`}, your mood seems ${trendPhrase[change.direction]}.`,
      quote
        ? `At one point you put it in your own words: "${safeQuote(quote)}"`
        : 'You described how the past days had been in your own words.',
    ],
    [
      `Most of the conversation was about ${list(topics)}.`,
      a.topics.length > 1
        ? 'These parts of your life are connected, and looking at them together can show how one affects the other.'
        : 'Staying with one theme gave you room to look at it in some depth.',
      `You did ${a.metrics.clientTalkShare >= 0.5 ? 'much of the talking' : 'some of the talking'}, which gave space for your own view of what matters most.`,
    ],
    [
      ...(a.breakthrough
        ? breakthroughSentences(a.breakthrough)
        : ['You may not have had a single big moment of insight, and that is normal; most progress is gradual.']),
      ...deep.insights.patterns.slice(0, 2).map((p) => `Looking across your sessions, ${lowerFirst(p)}`),
      ...deep.insights.realisations
        .slice(0, a.breakthrough ? 0 : 1)
        .map((r) => `You also noticed something about yourself: ${lowerFirst(r)}`),
    ],
    [
      a.technique
        ? `Together you worked with an approach called ${a.technique.label}, and you are at a ${deep.copingSkills[0]?.level ?? 'beginner'} stage with it.`
        : 'You and your therapist talked things through without focusing on one particular technique.',
      deep.insights.strengths.length
        ? `Some strengths stood out: ${list(deep.insights.strengths.map((s) => lowerFirst(s).replace(/\.$/, '')))}.`
        : 'Your willingness to keep showing up and reflecting is a strength in itself.',
    ],
    [
      a.actionItems.length
        ? `Before next time, you agreed to ${list(a.actionItems.map((i) => lowerFirst(i.text).replace(/\.$/, '')))}.`
        : 'No specific homework was set this time, so you might simply notice how the week goes and what affects your mood.',
      'Whatever happens between now and your next session, you can bring it back and look at it together.',
    ],
  ];
  const paragraphs = core.map((p) => [...p]);
  const text = (): string => paragraphs.map((p) => p.join(' ')).join('\n\n');
  // Add supporting sentences round-robin until the floor is reached (target a margin above it).
  const used = fillers.map(() => 0);
  for (let round = 0; wordCount(text()) < NARRATIVE_MIN_WORDS + 20 && round < 40; round++) {
    const i = round % paragraphs.length;
    const next = fillers[i]?.[used[i] ?? 0];
    if (next) {
      paragraphs[i]?.push(next);
      used[i] = (used[i] ?? 0) + 1;
    }
  }
  // Long quotes and summaries can overshoot: drop the latest-added optional sentences, then clip.
  for (let i = paragraphs.length - 1; wordCount(text()) > NARRATIVE_MAX_WORDS - 10 && i >= 0; i--) {
    const p = paragraphs[i];
    if (p && p.length > 1 && (used[i] ?? 0) > 0) {
      p.pop();
      used[i] = (used[i] ?? 0) - 1;
      i++;
    }
  }
  return { text: text() };
}
