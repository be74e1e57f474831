import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MoodBand } from '../src/index.ts';

export interface LabelledTurn {
  role: 'therapist' | 'client';
  /** Gold code: reflection/question/input/other (+ open/complex detail) or change/sustain/neutral. */
  code: string;
  open?: boolean;
  complex?: boolean;
  text: string;
}

export interface LabelledSession {
  name: string;
  topics: string[];
  mood: MoodBand;
  breakthrough: boolean;
  risk: boolean;
  /** The labelled risk level (none, low, moderate or high). */
  riskLevel: string;
  turns: LabelledTurn[];
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const therapistCodes: Record<string, Omit<LabelledTurn, 'role' | 'text'>> = {
  RS: { code: 'reflection', complex: false },
  RC: { code: 'reflection', complex: true },
  QO: { code: 'question', open: true },
  QC: { code: 'question', open: false },
  I: { code: 'input' },
  O: { code: 'other' },
};
const clientCodes: Record<string, string> = { ch: 'change', su: 'sustain', n: 'neutral' };

/** Reads the labelled sessions in eval/<folder> (`# key: value` headers, then `T(code): text` / `C(code): text`). */
export async function loadSessions(folder = 'sessions'): Promise<LabelledSession[]> {
  const files = (await readdir(path.join(dir, folder))).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, folder, file), 'utf8');
      const header = (key: string): string => new RegExp(`^# ${key}: (.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
      const turns: LabelledTurn[] = [];
      for (const line of text.split('\n')) {
        const m = /^([TC])\((\w+)\): (.*)$/.exec(line);
        if (!m) continue;
        const [, who, code = '', body = ''] = m;
        if (who === 'T') {
          const gold = therapistCodes[code];
          if (!gold) throw new Error(`${file}: unknown therapist code ${code}`);
          turns.push({ role: 'therapist', text: body, ...gold });
        } else {
          const gold = clientCodes[code];
          if (!gold) throw new Error(`${file}: unknown client code ${code}`);
          turns.push({ role: 'client', text: body, code: gold });
        }
      }
      return {
        name: file.replace(/\.txt$/, ''),
        topics: header('topics')
          .split(',')
          .map((s) => s.trim()),
        mood: header('mood') as MoodBand,
        breakthrough: header('breakthrough') === 'yes',
        risk: header('risk') !== 'none',
        riskLevel: header('risk'),
        turns,
      };
    }),
  );
}

export interface RiskSentence {
  text: string;
  label: string;
}

/** The labelled risk / no-risk sentences (label "none" for hard negatives). */
export async function loadRiskSentences(file = 'risk-sentences.json'): Promise<RiskSentence[]> {
  return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as RiskSentence[];
}

export interface ClientTalkLine {
  text: string;
  label: 'change' | 'sustain' | 'neutral';
}

/** Labelled single client lines (change, sustain or neutral talk). */
export async function loadClientTalkLines(file: string): Promise<ClientTalkLine[]> {
  return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as ClientTalkLine[];
}
