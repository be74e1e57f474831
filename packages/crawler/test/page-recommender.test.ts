import { topicTaxonomy } from '@insession/core';
import { describe, expect, it } from 'vitest';
import { clientContextFromSessions, recommendPages, TopicTagger, type StoredPage } from '../src/index.ts';

const tagger = new TopicTagger(topicTaxonomy);
const page = (slug: string, title: string, text: string, language = 'en'): StoredPage => ({
  canonicalUrl: `https://library.example/${slug}`,
  aliases: [],
  source: 'https://library.example/',
  title,
  language,
  tags: tagger.tag(title, text),
  markdown: text,
  contentHash: slug,
  rendered: false,
  lastRunId: 'r1',
  firstSeenAt: '2026-01-01T00:00:00Z',
  fetchedAt: '2026-01-01T00:00:00Z',
  changedAt: '2026-01-01T00:00:00Z',
  version: 1,
});

const library = [
  page(
    'sleep',
    'Sleep hygiene',
    'Keep a regular bedtime. If insomnia keeps you awake at night, get up. Sleep in a dark room; avoid screens.',
  ),
  page(
    'breathing',
    'Box breathing for panic',
    'When panic hits and your heart racing scares you, breathe in for four and out for four. Practise the breathing exercise daily.',
  ),
  page('budget', 'Household budgeting', 'List income and fixed costs, then plan weekly spending in a notebook.'),
  page(
    'dormir',
    'Higiene del sueño',
    'Si no puedes dormir (insomnia), levántate. Sleep diary en español. Sleep.',
    'es',
  ),
];

describe('recommendPages', () => {
  it('ranks pages by session topics and homework, with reasons a clinician can read', () => {
    const recs = recommendPages(
      {
        topics: [{ id: 'panic', weight: 2 }, { id: 'sleep' }],
        homework: ['Practise box breathing every morning'],
        language: 'en',
      },
      library,
      { taxonomy: topicTaxonomy },
    );
    expect(recs.map((r) => r.title)).toEqual(['Box breathing for panic', 'Sleep hygiene', 'Higiene del sueño']);
    expect(recs[0]?.reasons).toEqual([
      expect.stringMatching(/^Covers session topic "Panic attacks" \(panic/),
      expect.stringMatching(/^Related to homework: .*breath/),
    ]);
    expect(recs[2]?.reasons).toContain('In es, not en');
  });

  it('leaves out unrelated and excluded pages', () => {
    const recs = recommendPages({ topics: [{ id: 'sleep' }], homework: [] }, library, {
      taxonomy: topicTaxonomy,
      exclude: ['https://library.example/sleep'],
    });
    expect(recs.map((r) => r.title)).toEqual(['Higiene del sueño']);
  });
});

describe('clientContextFromSessions', () => {
  it('weights recent session topics higher and takes the latest homework', () => {
    const ctx = clientContextFromSessions(
      [
        {
          topics: [{ id: 'sleep', label: 'Sleep', confidence: 0.9 }],
          actionItems: [{ text: 'Keep a sleep diary', start: 1, end: 2 }],
        },
        {
          topics: [{ id: 'panic', label: 'Panic', confidence: 1 }],
          actionItems: [{ text: 'Old homework', start: 1, end: 2 }],
        },
      ],
      'en',
    );
    expect(ctx).toEqual({
      topics: [
        { id: 'sleep', weight: 0.9 },
        { id: 'panic', weight: 0.7 },
      ],
      homework: ['Keep a sleep diary'],
      language: 'en',
    });
  });
});
