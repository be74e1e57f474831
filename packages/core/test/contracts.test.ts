import { describe, expect, it } from 'vitest';
import {
  analysisKinds,
  analyzeTranscript,
  joinSessionAnalysis,
  sessionAnalysisSchema,
  splitSessionAnalysis,
  techniqueLibrary,
  topicTaxonomy,
} from '../src/index.ts';
import { session } from './support/session.ts';

describe('contracts and reference data', () => {
  it('splits a session analysis into one part per kind and joins it back', async () => {
    const t = await session(
      'Therapist: What brings you in today?',
      'Client: I have been drinking too much since the divorce.',
    );
    const a = await analyzeTranscript(t, { embeddingWordBudget: 0 });
    const parts = splitSessionAnalysis(a);
    expect(parts.map((p) => p.kind)).toEqual(analysisKinds);
    expect(parts.find((p) => p.kind === 'action_items')?.payload).toEqual({
      actionItems: [],
      actionSummary: 'No homework agreed',
    });
    expect(joinSessionAnalysis(parts)).toEqual(a);
  });

  it('rejects output that breaks the rules of ANALYSIS.md', async () => {
    const t = await session('Therapist: What brings you in today?', 'Client: Panic attacks on the bus, every morning.');
    const a = await analyzeTranscript(t, { embeddingWordBudget: 0 });
    const bad = [
      { ...a, summary: 'x'.repeat(151) },
      { ...a, actionSummary: 'y'.repeat(46) },
      { ...a, mood: { ...a.mood, score: 4.3 } },
      { ...a, topics: [{ id: 'astrology', label: 'Astrology', confidence: 0.5 }] },
      { ...a, schemaVersion: 2 },
    ];
    for (const b of bad) expect(sessionAnalysisSchema.safeParse(b).success).toBe(false);
  });

  it('ships a taxonomy covering the required topics and a library of ≥60 techniques with client definitions', () => {
    const ids = topicTaxonomy.map((t) => t.id);
    for (const required of [
      'depression',
      'anxiety',
      'panic',
      'trauma_ptsd',
      'grief',
      'suicidal_thoughts',
      'alcohol_use',
      'oral_health',
      'caffeine',
    ]) {
      expect(ids).toContain(required);
    }
    expect(techniqueLibrary.length).toBeGreaterThanOrEqual(60);
    for (const t of techniqueLibrary) {
      const sentences = t.definition.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, t.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, t.id).toBeLessThanOrEqual(3);
    }
  });
});

describe('anchor vector cache', () => {
  it('covers every anchor sentence (rebuild with packages/core/eval/build-anchor-cache.ts)', async () => {
    const { loadAnchorCache } = await import('../src/nlp/anchor-cache.ts');
    const { anchorSentences } = await import('../src/nlp/anchor-sentences.ts');
    const cache = loadAnchorCache();
    expect(anchorSentences().filter((s) => !cache.has(s))).toEqual([]);
    expect(cache.values().next().value?.length).toBe(512);
  });
});
