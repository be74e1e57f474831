import type { ActionItem } from '../contracts/action-items.contract.ts';
import type { SessionContext, Sentence } from '../analysis/session-context.ts';
import { agreement, commitmentCue, proposalCue, refusal, timeFrame } from './homework-cues.ts';

const MAX_ITEMS = 3;
/** A client's own idea for a task ("I could leave it at home on school days"). */
const ideaCue =
  /^(?:(?:okay|ok|so|yeah|yes|well|maybe|alright)[,.]?\s+)*(i could|i can|i'll|i will|i might|i'm going to|maybe i could|i could try|i can try)\s+/;
/** Task text that only points back ("Try that", "Do it on Monday") and names no task by itself. */
const vague = {
  test: (text: string): boolean =>
    text.split(/\s+/).length <= 5 && /^(\w+\s+){0,2}(that|it|this|them|so)\b/i.test(text),
};

/** Turns "I'd like you to keep a diary this week?" into "Keep a diary this week". */
function taskText(sentence: Sentence, cue: RegExp): string | null {
  const m = cue.exec(sentence.lower);
  if (!m) return null;
  let rest = sentence.text.slice(m.index + m[0].length).trim();
  rest = rest
    .replace(/[?.!]+$/, '')
    .replace(/^(to|just|maybe|also)\s+/i, '')
    .trim();
  rest = rest.replace(
    /\s*,?\s*(is that okay|does that sound (okay|good|doable)|how does that sound|what do you think|would that work)$/i,
    '',
  );
  if (rest.split(/\s+/).length < 2) return null;
  if (rest.length > 90) rest = rest.slice(0, 90).replace(/\s+\S*$/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const tokens = (s: string): Set<string> => new Set(s.toLowerCase().match(/[a-z']{3,}/g) ?? []);
const similar = (a: string, b: string): boolean => {
  const ta = tokens(a);
  const tb = tokens(b);
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter / Math.max(1, Math.min(ta.size, tb.size)) >= 0.5;
};

/**
 * Homework the session agreed on: a counsellor's task with a time frame that the client accepts in the next
 * turn, or the client's own commitment with a time frame. Nothing is produced when nothing was agreed.
 */
export function analyzeActionItems(ctx: SessionContext): ActionItem[] {
  const items: ActionItem[] = [];
  const add = (text: string | null, s: Sentence): void => {
    if (!text || items.some((i) => similar(i.text, text))) return;
    items.push({ text, start: s.start, end: s.end });
  };
  ctx.turns.forEach((turn, i) => {
    if (turn.role === 'therapist') {
      const next = ctx.turns.slice(i + 1).find((t) => t.role === 'client');
      const reply = next?.lower.trim() ?? '';
      if (!next || !agreement.test(reply) || refusal.test(reply)) return;
      const task = turn.sentences.find(
        (s) => proposalCue.test(s.lower) && (timeFrame.test(s.lower) || timeFrame.test(turn.lower)),
      );
      if (!task) return;
      const text = taskText(task, proposalCue);
      if (!text || !vague.test(text)) return add(text, task);
      // "Would you be willing to try that?" — the task was named earlier, usually by the client ("I could ...").
      const idea = [next, ...ctx.turns.slice(Math.max(0, i - 4), i).reverse()]
        .filter((t) => t.role === 'client')
        .flatMap((t) => t.sentences)
        .find((s) => ideaCue.test(s.lower) && !vague.test(taskText(s, ideaCue) ?? 'that'));
      if (idea) add(taskText(idea, ideaCue), idea);
      else add(text, task);
    } else if (turn.role === 'client') {
      for (const s of turn.sentences) {
        if (!commitmentCue.test(s.lower) || !timeFrame.test(s.lower) || /\b(not|never|n't)\b/.test(s.lower)) continue;
        const text = taskText(s, commitmentCue);
        // "I'll try that this week" points back at the counsellor's proposal, which names the task.
        if (text && vague.test(text)) {
          const proposal = ctx.turns
            .slice(Math.max(0, i - 3), i)
            .reverse()
            .find((t) => t.role === 'therapist')
            ?.sentences.find((p) => proposalCue.test(p.lower));
          const named = proposal ? taskText(proposal, proposalCue) : null;
          if (named && !vague.test(named)) add(named, proposal as Sentence);
          else add(text, s);
          continue;
        }
        add(text, s);
      }
    }
  });
  return items.slice(0, MAX_ITEMS);
}

const stop = new Set([
  'a',
  'an',
  'the',
  'to',
  'and',
  'my',
  'your',
  'of',
  'for',
  'on',
  'in',
  'at',
  'with',
  'this',
  'that',
  'every',
  'each',
]);

/** Merges the action items into one phrase of at most 45 characters. */
export function summarizeActions(items: ActionItem[], max = 45): string {
  if (items.length === 0) return 'No homework agreed';
  for (const wordsPerItem of [5, 4, 3, 2]) {
    const parts = items.map((i) => {
      const words = i.text
        .replace(/[,;:.]/g, '')
        .split(/\s+/)
        .slice(0, wordsPerItem);
      while (words.length > 1 && stop.has((words.at(-1) ?? '').toLowerCase())) words.pop();
      return words.join(' ');
    });
    const joined = parts.join('; ');
    if (joined.length <= max) return joined;
  }
  const first = items[0]?.text ?? '';
  return first.length <= max ? first : first.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}
