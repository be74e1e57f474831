import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSignIn, useStartDemo } from '../api/auth.queries.ts';

/** Landing page: sign in, or one click into a freshly seeded demo practice. */
export function SignInPage() {
  const navigate = useNavigate();
  const signIn = useSignIn();
  const demo = useStartDemo();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => navigate('/') });
  };

  return (
    <main className="page center-box" id="main">
      <h1>Insession</h1>
      <p className="muted">Session transcription and analysis for therapists and their clients.</p>
      <section className="card demo-card" aria-labelledby="demo-heading">
        <h2 id="demo-heading">New here?</h2>
        <p>Explore a synthetic practice with three clients. Their sessions are analysed live as you watch.</p>
        <button
          type="button"
          className="primary"
          disabled={demo.isPending}
          onClick={() => demo.mutate(undefined, { onSuccess: () => navigate('/') })}
        >
          {demo.isPending ? 'Preparing the demo…' : 'Try the demo'}
        </button>
        {demo.error && (
          <p className="error-text" role="alert">
            {demo.error.message}
          </p>
        )}
      </section>
      <form className="card" onSubmit={submit} aria-labelledby="signin-heading" style={{ marginTop: '1rem' }}>
        <h2 id="signin-heading">Sign in</h2>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {signIn.error && (
          <p className="error-text" role="alert">
            {signIn.error.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
