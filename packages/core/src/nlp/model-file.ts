import { readFileSync } from 'node:fs';

/** A stored model and the index of its vocabulary (token → feature number). */
export interface LoadedModel<T> {
  file: T;
  index: Map<string, number>;
}

/** A loader that reads a trained model file once per process, on first use, and indexes its vocabulary. */
export function modelFileLoader<T extends { vocabulary: string[] }>(path: string): () => LoadedModel<T> {
  let loaded: LoadedModel<T> | undefined;
  return () => {
    if (!loaded) {
      const file = JSON.parse(readFileSync(path, 'utf8')) as T;
      loaded = { file, index: new Map(file.vocabulary.map((t, i) => [t, i])) };
    }
    return loaded;
  };
}
