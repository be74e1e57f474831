import { forwardRef, useState } from 'react';

/** Native audio controls (keyboard accessible by default); reports the position so the transcript can follow. */
export const AudioPlayer = forwardRef<HTMLAudioElement, { src: string; onTime: (seconds: number) => void }>(
  function AudioPlayer({ src, onTime }, ref) {
    // The server answers 404 once the practice's retention setting has deleted the recording.
    const [unavailable, setUnavailable] = useState(false);
    if (unavailable) {
      return (
        <p className="card muted small" role="status">
          The recording is not available: it may have been deleted under the practice&apos;s audio retention setting.
          The transcript below is kept.
        </p>
      );
    }
    return (
      <div className="card audio-player">
        <audio
          ref={ref}
          src={src}
          controls
          preload="metadata"
          aria-label="Session recording"
          onTimeUpdate={(e) => onTime(e.currentTarget.currentTime)}
          onSeeked={(e) => onTime(e.currentTarget.currentTime)}
          onError={() => setUnavailable(true)}
        />
      </div>
    );
  },
);
