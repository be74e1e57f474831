import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: WinkMethods | undefined;

/** Splits text into sentences with wink-nlp; each piece is a verbatim substring of the input. */
export function splitSentences(text: string): string[] {
  // Sentence boundaries only: the default pipeline also tags POS, entities, negation and sentiment, which
  // nothing here reads, and tripled the time of splitting a long session.
  nlp ??= winkNLP(model, ['sbd']);
  const pieces = nlp.readDoc(text).sentences().out();
  const out: string[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    const at = text.indexOf(trimmed, cursor);
    if (!trimmed) continue;
    if (at < 0) return [text];
    out.push(trimmed);
    cursor = at + trimmed.length;
  }
  return out.length > 0 ? out : [text];
}
