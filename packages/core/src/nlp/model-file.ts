import { readFileSync } from 'node:fs';
import { vocabularyIndex, type LinearModel } from './linear-model.ts';

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
      loaded = { file, index: vocabularyIndex(file.vocabulary) };
    }
    return loaded;
  };
}

/** A file holding one model over a token vocabulary and extra features after it (the talk-coding models). */
export interface TokenModelFile<Label extends string> {
  /** Of the training data and settings, to tell when the file is stale. */
  fingerprint: string;
  trainedOn: Record<Label, number>;
  /** Tokens the model knows, in feature order; the model's extra features follow them. */
  vocabulary: string[];
  model: LinearModel;
}
