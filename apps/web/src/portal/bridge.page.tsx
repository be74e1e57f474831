import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../api/auth.queries.ts';
import { useBridge } from '../api/rollups.queries.ts';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { formatDay } from '../session/analysis-types.ts';
import { BRIDGE_SECTIONS, bridgeAsText } from './bridge-text.ts';

/**
 * What the client may choose to share with family or friends: readable on screen, printable (the print
 * stylesheet drops the app around it), copyable as text and downloadable as a file. Nothing is sent anywhere.
 */
export function BridgePage() {
  const me = useMe();
  const clientId = me.data?.clientId ?? undefined;
  const bridge = useBridge(clientId);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const content = () => {
    if (me.isPending || (clientId !== undefined && bridge.isPending)) return <Loading label="Loading…" />;
    if (clientId === undefined) return <Empty title="Your account is not linked to a client record yet." />;
    if (bridge.isError) return <ErrorState error={bridge.error} onRetry={() => void bridge.refetch()} />;
    const current = bridge.data?.current;
    if (!current)
      return (
        <Empty title="Nothing to share yet">
          <p>This page is written with you after your first session has been reviewed.</p>
        </Empty>
      );
    const text = bridgeAsText(current.value);
    const download = () => {
      const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'what-i-want-to-share.txt' });
      a.click();
      URL.revokeObjectURL(url);
    };
    const copy = () =>
      navigator.clipboard.writeText(text).then(
        () => setCopied('yes'),
        () => setCopied('failed'),
      );
    return (
      <>
        <div className="row no-print">
          <button type="button" className="primary" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={() => void copy()}>
            Copy text
          </button>
          <button type="button" onClick={download}>
            Download
          </button>
          <span role="status" className="muted small">
            {copied === 'yes' ? 'Copied. Paste it into a message.' : copied === 'failed' ? 'Could not copy.' : ''}
          </span>
        </div>
        <article className="card stack bridge" aria-labelledby="bridge-heading">
          <h2 id="bridge-heading">What I would like you to know</h2>
          {BRIDGE_SECTIONS.map(([key, title]) => (
            <section key={key}>
              <h3>{title}</h3>
              <ul>
                {current.value[key].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ))}
          <p className="muted small">
            {formatDay(current.createdAt, 'long')} · {current.label}
          </p>
        </article>
      </>
    );
  };

  return (
    <main className="page narrow stack" id="main">
      <p className="muted small no-print">
        <Link to="/my">My space</Link> /
      </p>
      <h1 className="no-print">Share with people close to you</h1>
      <p className="lead no-print">
        Only you decide whether to share this. It says nothing about your sessions beyond what is here.
      </p>
      {content()}
    </main>
  );
}
