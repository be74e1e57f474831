import type { TaxonomyTopic } from '../extract/topic-tagger.ts';
import type { StoredPage } from '../store/crawl-store.ts';
import { TfIdfIndex, tokenize } from './text-similarity.ts';

/** What we know about a client from their sessions. */
export interface ClientContext {
  /** Session topic ids with weights (e.g. how often or how strongly they came up); weight defaults to 1. */
  topics: { id: string; weight?: number }[];
  /** Homework / action items agreed in sessions. */
  homework: string[];
  /** Preferred page language ("en"); pages in other known languages rank lower. */
  language?: string;
}

/** One ranked page with the reasons a clinician sees before approving it. */
export interface Recommendation {
  canonicalUrl: string;
  title: string;
  score: number;
  reasons: string[];
}

export interface RecommendOptions {
  taxonomy: readonly Pick<TaxonomyTopic, 'id' | 'label'>[];
  limit?: number;
  /** Pages already recommended or rejected for this client. */
  exclude?: string[];
}

const TOPIC_WEIGHT = 0.6;
const TEXT_WEIGHT = 0.4;
const OTHER_LANGUAGE_PENALTY = 0.5;

/** Ranks stored pages for a client by topic-tag overlap and homework text similarity, with reasons. */
export function recommendPages(client: ClientContext, pages: StoredPage[], o: RecommendOptions): Recommendation[] {
  const labels = new Map(o.taxonomy.map((t) => [t.id, t.label]));
  const exclude = new Set(o.exclude ?? []);
  const candidates = pages.filter((p) => !exclude.has(p.canonicalUrl));
  const index = new TfIdfIndex(candidates.map((p) => tokenize(`${p.title} ${p.title} ${p.markdown}`)));
  const query = tokenize(client.homework.join('\n'));
  const totalWeight = client.topics.reduce((s, t) => s + (t.weight ?? 1), 0) || 1;

  const ranked = candidates.map((page, i) => {
    const reasons: string[] = [];
    let topicScore = 0;
    for (const t of client.topics) {
      const tag = page.tags.find((g) => g.id === t.id);
      if (!tag) continue;
      topicScore += ((t.weight ?? 1) * tag.score) / totalWeight;
      reasons.push(`Covers session topic "${labels.get(t.id) ?? t.id}" (${tag.cues.slice(0, 3).join(', ')})`);
    }
    const text = query.length > 0 ? index.similarity(query, i) : { score: 0, terms: [] };
    if (text.score > 0.05) reasons.push(`Related to homework: ${text.terms.slice(0, 4).join(', ')}`);
    let score = TOPIC_WEIGHT * topicScore + TEXT_WEIGHT * text.score;
    if (client.language && page.language !== 'und' && page.language !== client.language) {
      score *= OTHER_LANGUAGE_PENALTY;
      reasons.push(`In ${page.language}, not ${client.language}`);
    }
    return { canonicalUrl: page.canonicalUrl, title: page.title, score: Math.round(score * 1000) / 1000, reasons };
  });
  return ranked
    .filter((r) => r.score > 0 && r.reasons.length > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, o.limit ?? 5);
}
