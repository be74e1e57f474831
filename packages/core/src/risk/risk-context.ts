// Whose risk a sentence speaks of, and when: the guards that keep risk phrases about someone else, about a
// past that is over, or inside someone else's question from becoming flags.

/** Time phrases that put a statement in the past. */
export const pastMarkers =
  /\b(used to|years ago|when i was (a kid|little|young|younger|a teenager|at school|in school|\d+|(twenty|thirty|forty|fifty|sixty)(-\w+)?|(thir|four|fif|six|seven|eigh|nine)teen)|as a (kid|child|teenager)|in the past|back then|a long time ago|at university|in (19|20)\d\d|since (the )?last time)\b/;

/** A past risk the client says is over ("I used to cut as a teenager but I haven't for ten years"). */
export const resolvedMarkers =
  /\b(haven't|have not|hasn't|didn't|never)( \w+){0,2} (since|again|for (years|ages|a long time|\w+ (years|months)))\b|\bnot (anymore|any more|for years|since|now)\b|\bno longer\b|\bstopped (years|a long time|ages) ago\b|\bnot once\b|\bnever (did|have)\b/;

/** A question someone else asked ("my GP asked if I felt suicidal") is not a disclosure. */
export const reportedQuestion = /\b(asked|asks|ask|asking) (me )?(if|whether|about)\b/;

const firstPerson = /\b(i|i'm|i've|i'd|i'll|me|my|myself)\b/g;
const firstPersonSubject = /\b(i|i'm|i've|i'd|i'll|me|myself)\b/;
const thirdPerson =
  /\b(he|she|they|he's|she's|they're|he'd|she'd|they'd|his|her|their|friend|cousin|sister|brother|son|daughter|mum|mom|dad|uncle|aunt|partner|flatmate|mate|neighbou?r|colleague|patient|client)\b/g;

const lastIndex = (re: RegExp, text: string): number => {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
};

/**
 * A phrase without "I/me/myself" of its own ("overdosed", "slammed my hand") is the client's only if they are
 * its subject: "my partner slammed my hand" is not self-harm.
 */
export const aboutSomeoneElse = (before: string, phrase: string): boolean =>
  !firstPersonSubject.test(phrase) && lastIndex(thirdPerson, before) > lastIndex(firstPerson, before);

/** The clause a phrase sits in (text since the last comma, "but", "and" or semicolon). */
export function clauseBefore(text: string, index: number): string {
  const prefix = text.slice(0, index);
  const cut = Math.max(
    prefix.lastIndexOf(','),
    prefix.lastIndexOf(';'),
    prefix.lastIndexOf(' but '),
    prefix.lastIndexOf(' and '),
  );
  return prefix.slice(cut + 1);
}

/**
 * Speech-to-text output often drops apostrophes ("i dont want to be here", "im gonna end it"); the phrase
 * patterns are written with them, so contractions are restored before matching.
 */
export const restoreApostrophes = (lower: string): string =>
  lower
    .replace(/\b(do|does|did|can|won|would|could|should|is|was|were|are|have|has|had|ain)nt\b/g, "$1n't")
    .replace(/\bim\b/g, "i'm")
    .replace(/\bive\b/g, "i've")
    .replace(/\b(it|that|there|what)s\b/g, "$1's");
