// Keeps an in-progress recording in IndexedDB, chunk by chunk, so a reload or crash mid-recording or
// mid-upload loses nothing: the upload page offers the saved recording again on the next visit.
const DB_NAME = 'insession-recorder';
const STORE = 'chunks';

export interface SavedRecording {
  clientId: string;
  date: string;
  mimeType: string;
  blob: Blob;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const req = fn(db.transaction(STORE, mode).objectStore(STORE));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  }).finally(() => db.close());
}

/** Appends one recorder chunk (with the session details so recovery knows where it belongs). */
export async function saveChunk(meta: Omit<SavedRecording, 'blob'>, chunk: Blob): Promise<void> {
  await tx('readwrite', (s) => s.add({ ...meta, chunk }));
}

/** The recording left behind by an earlier page, if any. */
export async function loadSavedRecording(): Promise<SavedRecording | null> {
  const rows = (await tx('readonly', (s) => s.getAll())) as (Omit<SavedRecording, 'blob'> & { chunk: Blob })[];
  const first = rows[0];
  if (!first) return null;
  return {
    clientId: first.clientId,
    date: first.date,
    mimeType: first.mimeType,
    blob: new Blob(
      rows.map((r) => r.chunk),
      { type: first.mimeType },
    ),
  };
}

/** Forget the saved recording once the server has it. */
export async function clearSavedRecording(): Promise<void> {
  await tx('readwrite', (s) => s.clear());
}
