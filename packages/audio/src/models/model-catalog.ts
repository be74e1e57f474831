/** A downloadable whisper.cpp ggml model with its published size and SHA-256. */
export interface ModelEntry {
  id: string;
  file: string;
  bytes: number;
  sha256: string;
}

/** Where `insession models pull` downloads from unless a mirror is given. */
export const DEFAULT_MODEL_BASE_URL = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main';

// Sizes and SHA-256 digests of the files in the whisper.cpp model repository.
export const modelCatalog: ModelEntry[] = [
  {
    id: 'tiny.en',
    file: 'ggml-tiny.en.bin',
    bytes: 77_704_715,
    sha256: '921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f',
  },
  {
    id: 'base.en',
    file: 'ggml-base.en.bin',
    bytes: 147_964_211,
    sha256: 'a03779c86df3323075f5e796cb2ce5029f00ec8869eee3fdfb897afe36c6d002',
  },
  {
    id: 'base',
    file: 'ggml-base.bin',
    bytes: 147_951_465,
    sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
  },
  {
    id: 'small.en',
    file: 'ggml-small.en.bin',
    bytes: 487_614_201,
    sha256: 'c6138d6d58ecc8322097e0f987c32f1be8bb0a18532a3f88f734d1bbf9c41e5d',
  },
];

/** The catalog entry for a model id such as "base.en", or undefined. */
export function findModel(id: string): ModelEntry | undefined {
  return modelCatalog.find((m) => m.id === id);
}
