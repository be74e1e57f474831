/** The part of a taxonomy entry the tagger needs (`topicTaxonomy` from @insession/core fits). */
export interface TaxonomyTopic {
  id: string;
  label: string;
  keywords: readonly string[];
}

/** A topic found on a page, with how strongly and by which cue words. */
export interface TopicTag {
  id: string;
  /** 0..1, relative to the page's strongest topic. */
  score: number;
  cues: string[];
}

const TITLE_WEIGHT = 3;
const MIN_HITS = 2;
const MAX_TAGS = 5;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled once per taxonomy: cue words match at word starts ("depress" matches "depression"). */
export class TopicTagger {
  private readonly matchers: { topic: TaxonomyTopic; patterns: { cue: string; re: RegExp }[] }[];

  constructor(taxonomy: readonly TaxonomyTopic[]) {
    this.matchers = taxonomy.map((topic) => ({
      topic,
      patterns: topic.keywords.map((cue) => ({
        cue: cue.trim(),
        re: new RegExp(`\\b${escape(cue.trim().toLowerCase())}`, 'g'),
      })),
    }));
  }

  /** Tags a page by cue-word hits in its title (weighted) and text; weak topics are dropped. */
  tag(title: string, text: string): TopicTag[] {
    const t = title.toLowerCase();
    const body = text.toLowerCase();
    const raw = this.matchers
      .map(({ topic, patterns }) => {
        let hits = 0;
        const cues: string[] = [];
        for (const { cue, re } of patterns) {
          const n = count(re, body) + TITLE_WEIGHT * count(re, t);
          if (n > 0) cues.push(cue);
          hits += n;
        }
        return { id: topic.id, hits, cues };
      })
      .filter((r) => r.hits >= MIN_HITS)
      .sort((a, b) => b.hits - a.hits);
    const top = raw[0]?.hits ?? 0;
    return raw
      .filter((r) => r.hits >= top / 4)
      .slice(0, MAX_TAGS)
      .map((r) => ({ id: r.id, score: Math.round((r.hits / top) * 100) / 100, cues: r.cues.slice(0, 5) }));
  }
}

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}
