/** Markdown shown as plain paragraphs: the crawled text is never injected as HTML. */
export function ReadableCopy({ markdown }: { markdown: string }) {
  return (
    <div className="readable-copy">
      {markdown
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p.replace(/^#+\s*/, '')}</p>
        ))}
    </div>
  );
}
