import { useState } from 'react';
import { useAddSource, type SourceInput } from '../api/library.queries.ts';
import { ErrorState } from '../components/states.tsx';

const INITIAL = { url: '', depth: 2, sameSite: true, rate: 0.5, render: 'auto', recrawlEveryHours: 168 } as const;

/** Admin form: a site the practice trusts, how deep to follow its links, how gently, and how often to re-crawl. */
export function SourceForm() {
  const add = useAddSource();
  const [form, setForm] = useState<SourceInput>({ ...INITIAL });
  const set = (patch: Partial<SourceInput>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <section className="card" aria-labelledby="add-source-heading">
      <h2 id="add-source-heading">Add a source</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(form, { onSuccess: () => setForm({ ...INITIAL }) });
        }}
      >
        <div>
          <label htmlFor="source-url">Site address</label>
          <input
            id="source-url"
            type="url"
            required
            placeholder="https://selfhelp.example.org/"
            value={form.url}
            onChange={(e) => set({ url: e.target.value })}
          />
        </div>
        <div className="row">
          <div>
            <label htmlFor="source-depth">Link depth</label>
            <input
              id="source-depth"
              type="number"
              min={0}
              max={5}
              value={form.depth}
              onChange={(e) => set({ depth: Number(e.target.value) })}
            />
          </div>
          <div>
            <label htmlFor="source-rate">Requests per second</label>
            <input
              id="source-rate"
              type="number"
              min={0.05}
              max={10}
              step={0.05}
              value={form.rate}
              onChange={(e) => set({ rate: Number(e.target.value) })}
            />
          </div>
          <div>
            <label htmlFor="source-render">JavaScript rendering</label>
            <select
              id="source-render"
              value={form.render}
              onChange={(e) => set({ render: e.target.value as SourceInput['render'] })}
            >
              <option value="auto">When a page needs it</option>
              <option value="always">Always</option>
              <option value="never">Never</option>
            </select>
          </div>
          <div>
            <label htmlFor="source-recrawl">Re-crawl every (hours)</label>
            <input
              id="source-recrawl"
              type="number"
              min={1}
              value={form.recrawlEveryHours}
              onChange={(e) => set({ recrawlEveryHours: Number(e.target.value) })}
            />
          </div>
        </div>
        <label className="choice">
          <input type="checkbox" checked={form.sameSite} onChange={(e) => set({ sameSite: e.target.checked })} />
          Stay on this site (do not follow links to other sites)
        </label>
        <div>
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add source'}
          </button>
        </div>
      </form>
      {add.error && <ErrorState error={add.error} />}
    </section>
  );
}
