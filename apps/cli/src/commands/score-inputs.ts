import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { labelsFileSchema, type LabelledResult, type LabelsFile } from '@insession/core';

/** A labels file or analysis directory that cannot be scored, with the reason in words a reviewer can act on. */
export class ScoreInputError extends Error {}

/** Reads and checks the labels file; a malformed one is reported with the JSON path of each problem. */
export async function readLabels(file: string): Promise<LabelsFile> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ScoreInputError(`cannot read the labels file ${file}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ScoreInputError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = labelsFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new ScoreInputError(`${file} is not a labels file:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Pairs each labelled session with what `insession analyze DIR --out OUTDIR` left for it: `<name>.analysis.json`,
 * or `<name>.error.json` when that transcript failed. A session with neither is scored as a failure, not skipped.
 */
export async function readResults(dir: string, labels: LabelsFile): Promise<LabelledResult[]> {
  return Promise.all(
    labels.sessions.map(async (l): Promise<LabelledResult> => {
      const analysis = await readJson(path.join(dir, `${l.name}.analysis.json`));
      if (analysis === null) return { labels: l, failure: `${l.name}.analysis.json is not valid JSON` };
      if (analysis !== undefined) return { labels: l, analysis };
      const error = (await readJson(path.join(dir, `${l.name}.error.json`))) as
        { error?: { message?: string } } | undefined;
      const failure = error?.error?.message
        ? `analysis failed: ${error.error.message}`
        : `no ${l.name}.analysis.json in ${dir}`;
      return { labels: l, failure };
    }),
  );
}
