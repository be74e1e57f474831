import { PermanentJobError } from '../permanent-error.ts';
import { defineStage } from '../stage-runner.ts';

// The journey and bridge rollups come from packages/core (issue 5). Until they are exported there, this stage
// fails the session with a clear message instead of faking output.
export const handler = defineStage('client.rollup', async () => {
  throw new PermanentJobError(
    'client journey rollup is not available yet in this build (packages/core has no rollup entry point)',
  );
});
