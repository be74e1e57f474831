import type { ReactNode } from 'react';

/** Shown while a query has no data yet; announced politely to screen readers. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {label}
    </p>
  );
}

/** A failed request, with the server's message and an optional retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <div className="alert" role="alert">
      <p>
        <strong>Could not load this.</strong> {message}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Nothing to show yet, with what the user can do about it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="alert info">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}
