import { forwardRef } from 'react';

/** Native audio controls (keyboard accessible by default); reports the position so the transcript can follow. */
export const AudioPlayer = forwardRef<HTMLAudioElement, { src: string; onTime: (seconds: number) => void }>(
  function AudioPlayer({ src, onTime }, ref) {
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
        />
      </div>
    );
  },
);
