export function App() {
  return (
    <main>
      <h1>Insession</h1>
      <p>Session transcription and analysis for therapists and their clients.</p>
    </main>
  );
}
