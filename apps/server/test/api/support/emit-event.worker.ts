// Run as a separate process by the SSE test: publishes pipeline events on Postgres the way a worker's stage
// runner does (row + NOTIFY in one transaction), proving events cross processes.
import { openDatabase } from '../../../src/db/database.ts';
import { publishEvent } from '../../../src/events/event-publisher.ts';

const [url, schema, practiceId, sessionId, clientId, countArg] = process.argv.slice(2);
const database = await openDatabase({ url, schema });
for (let i = 0; i < Number(countArg ?? '1'); i++) {
  await database.db.transaction().execute((trx) =>
    publishEvent(trx, database, {
      type: 'stage.completed',
      practiceId: practiceId ?? '',
      sessionId: sessionId ?? null,
      clientId: clientId ?? null,
      stage: 'analyze.wave1',
      payload: { stage: 'analyze.wave1', status: 'analyzing' },
    }),
  );
}
await database.close();
