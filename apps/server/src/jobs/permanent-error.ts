/** A stage failure that no retry can fix (missing input, feature not installed): fail the session at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
