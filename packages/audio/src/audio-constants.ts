/** Every stage works on 16 kHz mono: what Silero VAD, whisper.cpp and pocketsphinx expect. */
export const SAMPLE_RATE = 16_000;
/** One analysis frame: 512 samples (32 ms), Silero's window size at 16 kHz and a power of two for the FFT. */
export const FRAME_SAMPLES = 512;
export const FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE;
/** Audio is analysed and checkpointed in chunks of this many frames (300 s) so a crash resumes mid-file. */
export const CHUNK_FRAMES = 9375;
/** Containers a user may upload (by ffprobe format name); anything else is 'unsupported'. */
export const ACCEPTED_FORMATS = [
  'wav',
  'mp3',
  'mov,mp4,m4a,3gp,3g2,mj2',
  'aac',
  'ogg',
  'matroska,webm',
  'flac',
] as const;
/** Default upper bound on a recording: four hours. */
export const DEFAULT_MAX_DURATION_SEC = 4 * 3600;
