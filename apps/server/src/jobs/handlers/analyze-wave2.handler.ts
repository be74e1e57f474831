import { PermanentJobError } from '../permanent-error.ts';
import { defineStage } from '../stage-runner.ts';

// Wave 2 (deep analysis, narrative, clinical note draft) is provided by packages/core (issue 5). Until its
// entry point is exported there, this stage fails the session with a clear message instead of faking output.
export const handler = defineStage('analyze.wave2', async () => {
  throw new PermanentJobError(
    'deep analysis is not available yet in this build (packages/core has no Wave 2 entry point)',
  );
});
