import { useRef, useState } from 'react';

const ACCEPT = '.txt,.json,.vtt,.srt,.docx,.pdf,audio/*,.wav,.mp3,.m4a,.ogg,.webm,.flac';

/** Drag a file here or pick one with the keyboard-accessible button. */
export function DropZone({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <p>Drop an audio recording or a transcript (text, JSON, WebVTT, SRT, DOCX, PDF) here, or</p>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        Choose a file…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Session file"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
