import { createRequire } from 'node:module';
import { AudioError } from '../audio-error.ts';

/** The subset of @fugood's native whisper.cpp binding used here (see @fugood/whisper.node lib/binding.ts). */
export interface WhisperSegment {
  text: string;
  /** Milliseconds. */
  t0: number;
  t1: number;
}
export interface NativeWhisperContext {
  transcribeData(
    pcm: ArrayBuffer,
    options: { language?: string; maxThreads?: number; onProgress?: (percent: number) => void },
  ): {
    stop: () => Promise<void>;
    promise: Promise<{ result: string; segments: WhisperSegment[]; isAborted: boolean }>;
  };
  release(): Promise<void>;
}
interface NativeModule {
  WhisperContext: new (options: { filePath: string; useGpu?: boolean }) => NativeWhisperContext;
}

/**
 * Loads the CPU build of whisper.cpp. We depend on the per-platform package @fugood/node-whisper-linux-x64 directly:
 * the @fugood/whisper.node wrapper lists CUDA (~200 MB) and Vulkan (~56 MB) builds as optional dependencies that
 * npm would install on every Linux x64 machine.
 */
export function loadWhisperBinding(): NativeModule {
  const pkg = `@fugood/node-whisper-${process.platform}-${process.arch}`;
  try {
    return createRequire(import.meta.url)(pkg) as NativeModule;
  } catch (err) {
    throw new AudioError(
      'engine',
      `whisper.cpp is not available for ${process.platform}-${process.arch} (${pkg} is not installed).`,
      {
        cause: err,
      },
    );
  }
}
