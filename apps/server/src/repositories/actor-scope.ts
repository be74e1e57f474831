import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';

// The single definition of "what may this caller see". Every list and lookup goes through these filters, so a
// row outside the caller's scope is indistinguishable from a row that does not exist.

/** Clients: admins see the practice, clinicians their own caseload, a client only their own record. */
export function clientScope(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'clients'>): Expression<SqlBool> => {
    const inPractice = eb('clients.practice_id', '=', actor.practiceId);
    switch (actor.role) {
      case 'admin':
        return inPractice;
      case 'clinician':
        return eb.and([inPractice, eb('clients.clinician_id', '=', actor.userId)]);
      case 'client':
        return eb.and([inPractice, eb('clients.user_id', '=', actor.userId)]);
    }
  };
}

/** Sessions, by the same rule as their client. */
export function sessionScope(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'sessions'>): Expression<SqlBool> => {
    const inPractice = eb('sessions.practice_id', '=', actor.practiceId);
    switch (actor.role) {
      case 'admin':
        return inPractice;
      case 'clinician':
        return eb.and([inPractice, eb('sessions.clinician_id', '=', actor.userId)]);
      case 'client':
        return eb.and([
          inPractice,
          eb(
            'sessions.client_id',
            'in',
            eb.selectFrom('clients').select('clients.id').where('clients.user_id', '=', actor.userId),
          ),
        ]);
    }
  };
}
