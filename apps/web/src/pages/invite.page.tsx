import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useAcceptInvite } from '../api/invite.queries.ts';
import { ErrorState } from '../components/states.tsx';

/** Where a client lands from their therapist's invite link: choose a name and password, then see the portal. */
export function InvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvite();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate({ token, name, password }, { onSuccess: () => navigate('/my') });
  };
  return (
    <main className="page center-box" id="main">
      <h1>Welcome to Insession</h1>
      <p className="muted">Your therapist invited you to see your sessions, homework and questionnaires.</p>
      {!token ? (
        <ErrorState error={new Error('This invite link is incomplete. Ask your therapist for a new one.')} />
      ) : (
        <form className="card" onSubmit={submit}>
          <div className="field">
            <label htmlFor="invite-name">Your name</label>
            <input
              id="invite-name"
              required
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="invite-password">Choose a password (at least 10 characters)</label>
            <input
              id="invite-password"
              type="password"
              minLength={10}
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {accept.error && <ErrorState error={accept.error} />}
          <button type="submit" className="primary" disabled={accept.isPending}>
            {accept.isPending ? 'Creating your account…' : 'Create my account'}
          </button>
        </form>
      )}
    </main>
  );
}
