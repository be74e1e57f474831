// Change talk (desire, ability, reasons, need, commitment, steps taken toward change) and sustain talk
// (the same categories pointing toward the status quo), phrased the way clients say them.

/** Verbs of changing; negated ("I don't want to quit") they are sustain talk. */
const changeVerb =
  '(quit|stop|cut (down|back)|cut|give (it )?up|change|reduce|try|do (it|that|this|anything)|get help|ask for help|go back in|be weighed|take (them|it|the)|use (the|them|it)|start|exercise|bother)';

/** Verbs of the old pattern; wanting to avoid them ("I don't want to keep doing this") is change talk. */
const oldPattern =
  '(keep|end up|go back|lose|be like|die|faint|have another|miss|carry on|hide|live like|feel like this)';

export const sustainCues: RegExp[] = [
  new RegExp(
    `\\b(i|i'm|i am) (really )?(don't|do not|not|never|really don't) (really )?(want|going|ready|planning|interested|willing|able) (to )?${changeVerb}`,
  ),
  new RegExp(`\\b(i )?(can't|cannot|couldn't|won't|will not|wouldn't) (really |ever |just |possibly )?${changeVerb}`),
  /\bi (really |just |kind of )?(like|love|enjoy|need) (my |a |the )?(drink\w*|smok\w*|cigarettes?|beer|wine|weed|vap\w*|gambl\w*|coffee|sugar|it|them|that)\b/,
  /\b(it|that|drinking|smoking|weed|a drink|a cigarette|vaping|gambling|it all) (helps|relaxes|calms|gets) me\b|\bhelps me (relax|cope|sleep|unwind|deal|calm|switch off|get through)\b|\b(takes|took) the edge off\b/,
  /\b(isn't|is not|not|wasn't|never been) (really )?(a|that|such a) (big deal|problem|issue|bad)\b|\bnot (that|so) bad\b|\bno big deal\b|\bisn't that enough\b/,
  /\b(everyone|everybody|all my friends|all of us|anyone) (does|do|drinks|smokes|uses|would have)\b|\bit's (just )?(normal|how i am|who i am|part of (me|life))\b/,
  /\b(no|not any) (point|use) (in )?(trying|changing|stopping)\b|\b(what's the point|seems pointless|it's pointless)\b|\b(tried|done) (it )?(before|everything|that|it all) and (it )?(didn't|never|failed|doesn't)\b/,
  /\b(too (hard|difficult|much)|don't have (the )?time|never (be able|going) to|nothing (will|would) (work|help|change)|it doesn't (help|work|matter)|(it's|that's) (hard|difficult|tough) though|(it's|it is) easier to just)\b/,
  /\b(it's|that's) (not|never) (going to|gonna) (work|happen|help)\b|\bnot (something|the thing) i (want|need) to (change|work on)\b|\bi('ve| have) never been a \w+ person\b/,
  /\b(can't|couldn't|can not) (get through|cope|manage|function|sleep|concentrate|relax)\b[^.]*\bwithout (it|them|a drink|a cigarette|my|checking)\b|\b(it|that) (has )?worked (for me )?before\b/,
];

export const changeCues: RegExp[] = [
  /\b(i|i'd|i would|i really) (want|wanna|would like|'d like|like to|love to|'d rather|would rather|wish i could|hope|am hoping|'m hoping)\b(?! (a|another) (drink|cigarette|smoke))/,
  new RegExp(
    `\\b(i )?(really )?(don't|do not) want (to )?(my \\w+ \\w+|him \\w+|her \\w+|them \\w+|another \\w+|${oldPattern})|\\bi('m| am) not going (back|to go back)\\b|\\bnever again\\b`,
  ),
  new RegExp(`\\b(i|i've|i have|i really) (need|have|got|gotta|must) (to )?(really |definitely )?\\w+`),
  /\b(i will|i'll|i'm going to|i am going to|i'm gonna|i plan to|i'm planning to|i've decided to|i promise to|i commit to|i intend to)\b(?! (be honest|tell you|admit|never|get (let go|fired|in trouble)|lose|explode|cry|scream|be sick|fail|die|pass out))/,
  /\b(i )?(can|could|think i can|think i could|am able to|'m able to|know i can|might be able to) (really |probably |definitely |actually |just )?(try|do|go|manage|start|stop|cut|use|put|call|ask|make|take|get|keep|walk|talk|write|set|book|text|practi[sc]e|give)\b/,
  /\b(i|i've|i have) (started|quit|cut (down|back)|been (cutting|walking|going|taking|trying|exercising|practi[sc]ing|doing the|sleeping (better|properly))|managed to|went to|joined|signed up|made an appointment|threw out|got rid of|haven't (had|smoked|used|drunk)|didn't (drink|smoke) (at all|for|this)|took my|reached out|talked to|called|booked)\b/,
  /\b(it|that|this|things|life) (would|will|could|might) be (better|easier|good|nice|great|healthier)\b|\bi('d| would) (feel|be|have) (better|healthier|more|less|happier)\b/,
  /\b(worried|scared|afraid|concerned|frightened) (about|for|of) (my )?(health|lungs|liver|heart|kids|children|family|future|job|teeth|weight|sugar|what (it's|this is) doing)\b|\b(it|that) (bothered|worries|scares|scared) me\b/,
  /\b(something (has|needs) to change|can't (keep|go on) (doing|living|like|hiding)|i'm (sick|tired) of (feeling|being|drinking|smoking|using|living like|this))\b/,
  /\b(the reason i want|that's why i want|for my (kids|children|family|health)|it's (costing|hurting|ruining|affecting|damaging) (me|my))\b|\b(i know|i realise|i realize) it (matters|'s affecting|is affecting)\b/,
  /\b(ready|willing|determined|committed|motivated) to\b|\b(my goal|the goal) is\b|\bi('m| am) (ready|willing|determined|committed)\b|\b(that's|that is) (actually )?(a good idea|something i can)\b/,
];

// Global copies for blanking out every sustain phrase, compiled once rather than per turn.
const sustainCuesGlobal = sustainCues.map((re) => new RegExp(re.source, 'g'));

const lastMatch = (text: string, cues: RegExp[]): number => {
  let at = -1;
  for (const re of cues) {
    const m = re.exec(text);
    if (m && m.index > at) at = m.index;
  }
  return at;
};

/**
 * Where the latest sustain cue and the latest change cue start in a turn (-1 when none matched). Sustain
 * patterns contain the negated forms of change patterns, so they are blanked out before looking for change.
 */
export function cueOrder(text: string): { sustainAt: number; changeAt: number } {
  const t = text.toLowerCase().replace(/’/g, "'");
  const sustainAt = lastMatch(t, sustainCues);
  let cleaned = t;
  for (const re of sustainCuesGlobal) cleaned = cleaned.replace(re, (m) => ' '.repeat(m.length));
  return { sustainAt, changeAt: lastMatch(cleaned, changeCues) };
}
