// `npm run eval`: runs the heuristic provider on the labelled evaluation set and prints a Markdown table.
import {
  analyzeTranscript,
  binaryScores,
  classScores,
  inMoodBand,
  parseTranscript,
  sessionAnalysisSchema,
  type AnalyzeOptions,
  type SessionAnalysis,
} from '../src/index.ts';
import { loadClientTalkLines, loadRiskSentences, loadSessions, type LabelledSession } from './eval-set.ts';

const encoder = new TextEncoder();
const fmt = (n: number): string => n.toFixed(2);

interface Row {
  analysis: string;
  n: number;
  accuracy: number;
  precision?: number;
  recall?: number;
  f1?: number;
  note?: string;
}

async function analyzeLabelled(s: LabelledSession, anonymous: boolean): Promise<SessionAnalysis> {
  // For role labelling, speakers become diarization ids and half the sessions open with the client.
  const turns = anonymous && s.name.charCodeAt(1) % 2 === 0 ? s.turns.slice(1) : s.turns;
  const segments = turns.map((t, i) => ({
    start: i * 8,
    end: i * 8 + 7.5,
    speaker: anonymous ? (t.role === 'therapist' ? 'SPEAKER_01' : 'SPEAKER_00') : t.role,
    text: t.text,
  }));
  const transcript = await parseTranscript({
    bytes: encoder.encode(JSON.stringify({ segments })),
    filename: `${s.name}.json`,
  });
  return analyzeTranscript(transcript);
}

// Several tables read the same folder (the risk-sentence sets all sit on the holdout sessions, the second blind
// set has a risk-level table too); each folder is analysed once per speaker mode.
const folderAnalyses = new Map<string, Promise<SessionAnalysis[]>>();
function analyzeFolder(folder: string, sessions: readonly LabelledSession[], anonymous: boolean) {
  const key = `${folder}:${anonymous}`;
  let analyses = folderAnalyses.get(key);
  if (!analyses) {
    analyses = Promise.all(sessions.map((s) => analyzeLabelled(s, anonymous)));
    folderAnalyses.set(key, analyses);
  }
  return analyses;
}

const clientTalkCodes = ['change', 'sustain', 'neutral'];

/** The analysis of one exchange: a counsellor's question and the client's reply. */
async function analyzeReply(question: string, reply: string, options?: AnalyzeOptions): Promise<SessionAnalysis> {
  const segments = [
    { start: 0, end: 3, speaker: 'therapist', text: question },
    { start: 3, end: 9, speaker: 'client', text: reply },
  ];
  const t = await parseTranscript({ bytes: encoder.encode(JSON.stringify(segments)), filename: 'reply.json' });
  return analyzeTranscript(t, options);
}

/** A macro-averaged row for a coding, then one row per code. */
function codingRows(title: string, who: string, gold: string[], predicted: string[], codes: string[]): Row[] {
  const sc = classScores(gold, predicted, codes);
  return [
    { analysis: title, n: gold.length, accuracy: sc.accuracy, ...sc.macro },
    ...Object.entries(sc.per).map(([code, c]) => ({
      analysis: `  ${who}: ${code}`,
      n: c.support,
      accuracy: NaN,
      ...c,
    })),
  ];
}

/** `--only NAME` runs just the sets whose folder or file is NAME (e.g. a "before" run of a new blind set). */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1] : undefined;
const selected = (...names: (string | null)[]): boolean => only === undefined || names.includes(only);
/** `--details` prints each session's results (and misses) after a table; never for a blind set. */
const details = process.argv.includes('--details');

function printTable(title: string, subtitle: string, rows: readonly Row[]): void {
  const cell = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '' : fmt(n));
  const lines = [
    `### ${title}`,
    '',
    subtitle,
    '',
    '| analysis | n | accuracy | precision | recall | F1 | note |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.analysis} | ${r.n} | ${cell(r.accuracy)} | ${cell(r.precision)} | ${cell(r.recall)} | ${cell(r.f1)} | ${r.note ?? ''} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function evaluate(
  title: string,
  folder: string,
  riskFile: string | null,
  { riskOnly = false, blind = false }: { riskOnly?: boolean; blind?: boolean } = {},
): Promise<void> {
  if (!selected(folder, riskFile)) return;
  const sessions = await loadSessions(folder);
  const rows: Row[] = [];
  const results = await analyzeFolder(folder, sessions, false);
  const valid = results.filter((r) => sessionAnalysisSchema.safeParse(r).success).length;

  // Topics: a hit when a gold topic is among the (at most two) predicted topics.
  const topicHits = sessions.map((s, i) => results[i]!.topics.some((t) => s.topics.includes(t.id)));
  const predictedTopics = results.flatMap((r, i) => r.topics.map((t) => sessions[i]!.topics.includes(t.id)));
  const goldFound = sessions.flatMap((s, i) => s.topics.map((id) => results[i]!.topics.some((t) => t.id === id)));
  const tp = predictedTopics.filter(Boolean).length;
  const tPrec = tp / predictedTopics.length;
  const tRec = goldFound.filter(Boolean).length / goldFound.length;
  rows.push({
    analysis: 'topics (top-2 hit)',
    n: sessions.length,
    accuracy: topicHits.filter(Boolean).length / sessions.length,
    precision: tPrec,
    recall: tRec,
    f1: (2 * tPrec * tRec) / (tPrec + tRec),
  });

  // Utterance coding.
  const gold = { therapist: [] as string[], client: [] as string[], open: [] as boolean[], complex: [] as boolean[] };
  const pred = { therapist: [] as string[], client: [] as string[], open: [] as boolean[], complex: [] as boolean[] };
  sessions.forEach((s, i) => {
    const codes = results[i]!.miSkills.utterances;
    s.turns.forEach((t, j) => {
      const p = codes.find((u) => u.segment === j)?.code ?? 'missing';
      gold[t.role].push(t.code);
      pred[t.role].push(p);
    });
  });
  rows.push(
    ...codingRows('therapist coding (4 codes, macro)', 'therapist', gold.therapist, pred.therapist, [
      'reflection',
      'question',
      'input',
      'other',
    ]),
    ...codingRows('client talk type (3 codes, macro)', 'client', gold.client, pred.client, clientTalkCodes),
  );

  // Mood: hit when the score falls in the labelled band.
  const moodHits = sessions.map((s, i) => inMoodBand(results[i]!.mood.score, s.mood));
  rows.push({
    analysis: 'mood in labelled band',
    n: sessions.length,
    accuracy: moodHits.filter(Boolean).length / sessions.length,
  });

  // Breakthroughs and session-level risk.
  const bt = binaryScores(
    sessions.map((s) => s.breakthrough),
    results.map((r) => r.breakthrough !== null),
  );
  const btRate = results.filter((r) => r.breakthrough !== null).length / results.length;
  rows.push({
    analysis: 'breakthrough (session)',
    n: sessions.length,
    ...bt,
    note: `found in ${(100 * btRate).toFixed(0)}% of sessions`,
  });
  const sr = binaryScores(
    sessions.map((s) => s.risk),
    results.map((r) => r.risk.level !== 'none'),
  );
  rows.push({ analysis: 'risk (session level)', n: sessions.length, ...sr });

  // Risk sentences with hard negatives, each as the client's reply to a neutral question.
  const riskSentences = riskFile ? await loadRiskSentences(riskFile) : [];
  const riskResults = await Promise.all(
    riskSentences.map(async (r) => (await analyzeReply('How have things been for you this week?', r.text)).risk),
  );
  const rs = binaryScores(
    riskSentences.map((r) => r.label !== 'none'),
    riskResults.map((r) => r.flags.length > 0),
  );
  const typed = riskSentences.filter((r, i) => r.label !== 'none' && riskResults[i]!.flags.length > 0);
  const typeOk = typed.filter((r) =>
    riskResults[riskSentences.indexOf(r)]!.flags.some((f) => f.type === r.label),
  ).length;
  if (riskFile)
    rows.push({
      analysis: 'risk sentences (flag vs none)',
      n: riskSentences.length,
      ...rs,
      note: `type correct on ${typeOk}/${typed.length} flagged`,
    });

  // Role labelling on anonymised speakers (SPEAKER_00/01), half the sessions opening with the client.
  const anon = await analyzeFolder(folder, sessions, true);
  const roleHits = anon.filter((r) => r.speakers.find((sp) => sp.id === 'SPEAKER_01')?.role === 'therapist').length;
  rows.push({ analysis: 'role labelling (diarization ids)', n: anon.length, accuracy: roleHits / anon.length });
  rows.push({ analysis: 'schema-valid output', n: results.length, accuracy: valid / results.length });

  if (riskOnly) rows.splice(0, rows.length, ...rows.filter((r) => r.analysis.startsWith('risk sentences')));
  printTable(
    title,
    `${sessions.length} sessions, ${gold.therapist.length + gold.client.length} coded utterances${riskFile ? `, ${riskSentences.length} risk/no-risk sentences` : ''}.`,
    rows,
  );
  // A blind set's misses are never printed, so its figures stay an estimate of unseen phrasing.
  if (details && !blind) {
    sessions.forEach((s, i) => {
      const r = results[i]!;
      process.stdout.write(
        `${s.name}: topics ${r.topics.map((t) => t.id).join(',')} | mood ${r.mood.score} (${s.mood}) | bt ${r.breakthrough ? 'yes' : 'no'} | risk ${r.risk.level} | tech ${r.technique?.label ?? '-'} | hw ${r.actionSummary}\n`,
      );
    });
    riskSentences.forEach((r, i) => {
      const flagged = riskResults[i]!.flags.map((f) => f.type).join(',') || 'none';
      if ((flagged === 'none') !== (r.label === 'none'))
        process.stdout.write(`RISK MISS [${r.label} -> ${flagged}] ${r.text}\n`);
    });
  }
}

await evaluate(
  'Development set (rules were adjusted while reading it; its risk sentences and risk-free sessions are risk-classifier training data and its coded turns talk-model training data, so only its topic, mood and breakthrough rows say anything)',
  'sessions',
  'risk-sentences.json',
);
await evaluate(
  'Holdout set (written after the dev rules were frozen; its first run gave risk-sentence recall 0.54, after which risk phrase families were broadened and its sentences became risk-classifier training data, so its risk-sentence row is no longer an estimate)',
  'holdout',
  'risk-sentences-holdout.json',
);
await evaluate(
  'Second risk holdout (its first, clean run gave recall 0.43 at precision 0.90; screening-vocabulary families were added after reading its misses, and it is risk-classifier training data, so this row is not an estimate)',
  'holdout',
  'risk-sentences-fresh.json',
  { riskOnly: true },
);
await evaluate(
  'Third risk holdout (blind: its misses are never printed; its first run, before the paraphrase families, gave recall 0.22 at precision 0.86; written by the same person in the same session as those families, so optimistic)',
  'holdout',
  'risk-sentences-holdout-3.json',
  { riskOnly: true, blind: true },
);
await evaluate(
  'Fourth risk holdout (blind: written by a separate author who never saw the detector or the earlier sets; its misses are never printed)',
  'holdout',
  'risk-sentences-blind-4.json',
  { riskOnly: true, blind: true },
);
await evaluate(
  'Ordinary session talk (blind, separate author: 400 risk-free client sentences, 80 of them sharing words with risk talk, and 40 risk sentences said in passing)',
  'holdout',
  'session-talk-blind.json',
  { riskOnly: true, blind: true },
);
await evaluate(
  'Blind sessions (written by two separate authors who saw only the taxonomy and the code definitions, never the analyzers or their training data; never trained on; details never printed, except that its session-level risk results were read once, after their first run, to find false flags and misses, so its risk row is no longer blind)',
  'blind-sessions',
  null,
  { blind: true },
);
await evaluateRiskSessions(
  'Blind risk sessions (30 excerpts by a separate author: 12 with risk, often indirect and spread over turns, 18 risk-free with risky-sounding content; never trained on, details never printed)',
  'blind-risk-sessions',
);
await evaluate(
  'Second blind sessions (34 excerpts by another separate author, written after all the models above were trained; each topic primary in one, 7 with risk; never trained on, details never printed)',
  'blind-sessions-2',
  null,
  { blind: true },
);
await evaluateRiskSessions('Second blind sessions, risk level', 'blind-sessions-2');
await evaluate(
  'Third blind sessions (36 excerpts by three more separate authors, written after every model and setting here was fixed; each topic primary in at least one; never trained on, details never printed)',
  'blind-sessions-3',
  null,
  { blind: true },
);
await evaluateRiskSessions('Third blind sessions, risk level', 'blind-sessions-3');
await evaluateRiskSessions(
  'Risk-level development sessions (36 excerpts written to tune how a session is rated: 9 high, 9 moderate, 6 low, 12 none; read in full)',
  'risk-sessions-dev',
  { blind: false },
);
await evaluateClientTalk(
  'Client talk lines (blind, separate author: 420 client lines, 150 change, 120 sustain, 150 neutral, many of them hard cases)',
  'client-talk-blind.json',
);

/** Talk-type coding of single client lines, each as the client's reply to an open question. */
async function evaluateClientTalk(title: string, file: string): Promise<void> {
  if (!selected(file)) return;
  const lines = await loadClientTalkLines(file);
  const predicted = await Promise.all(
    lines.map(
      async (l) =>
        (await analyzeReply('What do you make of that?', l.text, { embeddingWordBudget: 0 })).miSkills.utterances[1]
          ?.code ?? 'missing',
    ),
  );
  const gold = lines.map((l) => l.label);
  const rows = codingRows('client talk type (3 codes, macro)', 'client', gold, predicted, clientTalkCodes);
  printTable(title, `${lines.length} client lines.`, rows);
}

/** Session-level risk on excerpts labelled with a risk level. */
async function evaluateRiskSessions(title: string, folder: string, { blind = true } = {}): Promise<void> {
  if (!selected(folder)) return;
  const sessions = await loadSessions(folder);
  const results = await analyzeFolder(folder, sessions, false);
  const levels = results.map((r) => r.risk.level);
  const high = sessions.filter((s) => s.riskLevel === 'high').length;
  const rows: Row[] = [
    {
      analysis: 'risk (session level, any vs none)',
      n: sessions.length,
      ...binaryScores(
        sessions.map((s) => s.risk),
        levels.map((l) => l !== 'none'),
      ),
    },
    {
      analysis: 'risk level exactly right',
      n: sessions.length,
      accuracy: sessions.filter((s, i) => s.riskLevel === levels[i]).length / sessions.length,
    },
    {
      analysis: 'high-risk sessions rated high',
      n: high,
      accuracy: sessions.filter((s, i) => s.riskLevel === 'high' && levels[i] === 'high').length / Math.max(1, high),
    },
  ];
  printTable(title, `${sessions.length} sessions.`, rows);
  if (!details || blind) return;
  sessions.forEach((s, i) => {
    if (s.riskLevel === levels[i]) return;
    const flags = results[i]!.risk.flags.map((f) => `  [${f.type} ${f.severity}] ${f.quote}`);
    process.stdout.write(`${s.name}: labelled ${s.riskLevel}, found ${levels[i]}\n${flags.join('\n')}\n`);
  });
}
