import { useState } from 'react';
import { useInviteClient } from '../api/invite.queries.ts';
import { ErrorState } from '../components/states.tsx';

/** Creates the client's portal invite link for the clinician to send (no email goes out from here). */
export function InviteClient({ clientId }: { clientId: string }) {
  const invite = useInviteClient(clientId);
  const [email, setEmail] = useState('');
  return (
    <details className="card invite">
      <summary>Invite to the client portal</summary>
      {invite.data ? (
        <div role="status">
          <p>
            Send this link to your client. It works once and expires {new Date(invite.data.expiresAt).toLocaleString()}.
          </p>
          <input readOnly value={invite.data.url} aria-label="Invite link" onFocus={(e) => e.target.select()} />
        </div>
      ) : (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            invite.mutate(email);
          }}
        >
          <div className="grow">
            <label htmlFor="invite-email">Client's email</label>
            <input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <button type="submit" disabled={invite.isPending}>
            Create invite link
          </button>
        </form>
      )}
      {invite.error && <ErrorState error={invite.error} />}
    </details>
  );
}
