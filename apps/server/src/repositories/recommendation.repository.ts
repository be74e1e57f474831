import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asJson } from '../db/json.ts';
import type { RecommendationStatus } from './library-tables.ts';

/** A recommendation with the page a clinician or client sees. */
export type RecommendationRow = Selectable<DB['library_recommendations']> & {
  page_title: string;
  page_url: string;
  page_language: string;
  page_tags: Selectable<DB['library_pages']>['tags'];
};

export interface NewRecommendation {
  pageId: string;
  score: number;
  reasons: string[];
}

/** Library recommendations per client; callers check who may see the client or session first. */
export class RecommendationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private withPage() {
    return this.db
      .selectFrom('library_recommendations as r')
      .innerJoin('library_pages as p', 'p.id', 'r.page_id')
      .selectAll('r')
      .select(['p.title as page_title', 'p.canonical_url as page_url', 'p.language as page_language'])
      .select('p.tags as page_tags');
  }

  listForSession(sessionId: string): Promise<RecommendationRow[]> {
    return this.withPage().where('r.session_id', '=', sessionId).orderBy('r.score', 'desc').execute();
  }

  listApprovedForClient(clientId: string): Promise<(RecommendationRow & { markdown: string })[]> {
    return this.withPage()
      .select('p.markdown')
      .where('r.client_id', '=', clientId)
      .where('r.status', '=', 'approved')
      .orderBy('r.decided_at', 'desc')
      .execute();
  }

  /** Page ids already put to this client (any status), so they are not proposed twice. */
  async pageIdsForClient(clientId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('library_recommendations')
      .select('page_id')
      .where('client_id', '=', clientId)
      .execute();
    return new Set(rows.map((r) => r.page_id));
  }

  async insertProposed(
    session: { practice_id: string; client_id: string; id: string },
    recs: NewRecommendation[],
  ): Promise<void> {
    if (recs.length === 0) return;
    await this.db
      .insertInto('library_recommendations')
      .values(
        recs.map((r) => ({
          practice_id: session.practice_id,
          client_id: session.client_id,
          session_id: session.id,
          page_id: r.pageId,
          score: r.score,
          reasons: asJson(r.reasons),
        })),
      )
      .onConflict((oc) => oc.columns(['client_id', 'page_id']).doNothing())
      .execute();
  }

  findInPractice(practiceId: string, id: string): Promise<RecommendationRow | undefined> {
    return this.withPage().where('r.practice_id', '=', practiceId).where('r.id', '=', id).executeTakeFirst();
  }

  async decide(id: string, status: Exclude<RecommendationStatus, 'proposed'>, userId: string): Promise<void> {
    await this.db
      .updateTable('library_recommendations')
      .set({ status, decided_by: userId, decided_at: new Date() })
      .where('id', '=', id)
      .execute();
  }
}
