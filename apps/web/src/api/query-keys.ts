/** Query keys in one place, so SSE updates and mutations hit exactly what the pages read. */
export const keys = {
  me: () => ['me'] as const,
  clients: () => ['clients'] as const,
  client: (id: string) => ['client', id] as const,
  sessionLists: () => ['sessions'] as const,
  sessionList: (clientId: string | null) => ['sessions', clientId ?? 'mine'] as const,
  session: (id: string) => ['session', id] as const,
  stageProgress: (id: string) => ['stage-progress', id] as const,
  analyses: (id: string) => ['analyses', id] as const,
  transcript: (id: string) => ['transcript', id] as const,
  note: (sessionId: string) => ['note', sessionId] as const,
  homework: (clientId: string) => ['homework', clientId] as const,
  /** Every rollup (journey, bridge, treatment plan) of a client; `rollup` narrows to one kind. */
  rollups: (clientId: string) => ['rollup', clientId] as const,
  rollup: (clientId: string, kind: string) => ['rollup', clientId, kind] as const,
  progress: (clientId: string) => ['progress', clientId] as const,
  riskFlags: (clientId: string) => ['risk-flags', clientId] as const,
  /** Everything under `library` is refreshed after a library change (source added, crawl started, …). */
  librarySources: () => ['library', 'sources'] as const,
  crawlRuns: () => ['library', 'runs'] as const,
  libraryPages: () => ['library', 'pages'] as const,
  libraryPage: (id: string) => ['library', 'page', id] as const,
  recommendations: (sessionId: string) => ['recommendations', sessionId] as const,
  resources: (clientId: string) => ['resources', clientId] as const,
};
