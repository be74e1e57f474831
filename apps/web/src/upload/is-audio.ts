/** Audio goes to the transcription pipeline, anything else is parsed as a transcript (the server checks the bytes). */
export function isAudioFile(file: File): boolean {
  return file.type.startsWith('audio/') || /\.(wav|mp3|m4a|ogg|oga|webm|flac|mp4)$/i.test(file.name);
}
