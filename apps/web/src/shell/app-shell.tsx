import { NavLink, Navigate, Outlet, useNavigate } from 'react-router-dom';
import { useMe, useSignOut } from '../api/auth.queries.ts';
import { useEventStream } from '../api/use-event-stream.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { ThemePicker } from './theme-picker.tsx';

/** Signed-in layout: skip link, role-specific navigation, theme picker; sends signed-out visitors to sign-in. */
export function AppShell() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  useEventStream(me.data !== undefined && me.data !== null);

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/sign-in" replace />;
  const isClient = me.data.role === 'client';

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink className="brand" to={isClient ? '/my' : '/'}>
          Insession
        </NavLink>
        <nav aria-label="Main">
          {isClient ? (
            <>
              <NavLink to="/my" end>
                My space
              </NavLink>
              <NavLink to="/my/questionnaires">Questionnaires</NavLink>
              <NavLink to="/my/bridge">Share</NavLink>
            </>
          ) : (
            <>
              <NavLink to="/" end>
                Clients
              </NavLink>
              <NavLink to="/upload">Upload</NavLink>
              {me.data.role === 'admin' && <NavLink to="/library">Library</NavLink>}
            </>
          )}
        </nav>
        <span className="spacer" />
        <span className="muted small hide-narrow">{me.data.name}</span>
        <ThemePicker />
        <button type="button" onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') })}>
          Sign out
        </button>
      </header>
      <Outlet />
    </>
  );
}

/** Clinician-only routes send clients to their portal. */
export function ClinicianOnly() {
  const me = useMe();
  if (me.data?.role === 'client') return <Navigate to="/my" replace />;
  return <Outlet />;
}
