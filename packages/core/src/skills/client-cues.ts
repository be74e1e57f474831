// Change talk (desire, ability, reasons, need, commitment, steps taken toward change) and sustain talk
// (the same categories pointing toward the status quo), phrased the way clients say them.

const target =
  '(quit|stop|cut (down|back)|give up|change|cut|reduce|start|try|get (help|better|back)|lose|take|do (something|it|this|better)|make (a )?change|be (healthier|better|sober|clean|there)|exercise|walk|eat|sleep|go|call|talk|work on|keep|stick|use|practi[sc]e|feel better|handle|manage|deal with|ask|tell|set|plan|look for|leave|join|see|drink less|smoke less|cope)';

export const sustainCues: RegExp[] = [
  new RegExp(
    `\\b(i|i'm|i am) (don't|do not|not|never|really don't) (want|going|ready|planning|interested|willing) (to )?${target}`,
    'i',
  ),
  new RegExp(`\\b(i )?(can't|cannot|couldn't|won't|will not|wouldn't) (really |ever |just )?${target}`, 'i'),
  /\bi (really |just |kind of )?(like|love|enjoy|need) (my |a |the )?(drink\w*|smok\w*|cigarettes?|beer|wine|weed|vap\w*|gambl\w*|coffee|sugar|it|them|that)\b/i,
  /\b(it|that|drinking|smoking|weed|a drink|a cigarette|vaping|gambling|it all) (helps|relaxes|calms|gets) me\b|\bhelps me (relax|cope|sleep|unwind|deal|calm|switch off|get through)\b/i,
  /\b(isn't|is not|not|wasn't|never been) (really )?(a|that|such a) (big deal|problem|issue|bad)\b|\bnot (that|so) bad\b|\bno big deal\b|\bi('m| am) (fine|ok|okay) (with|the way)\b/i,
  /\b(everyone|everybody|all my friends|all of us) (does|do|drinks|smokes|uses)\b|\bit's (just )?(normal|how i am|who i am|part of (me|life))\b/i,
  /\b(no|not any) (point|use) (in )?(trying|changing|stopping)\b|\bwhat's the point\b|\b(tried|done) (it )?(before|everything|that|it all) and (it )?(didn't|never|failed|doesn't)\b/i,
  /\b(too (hard|difficult|much)|don't have (the )?time|never (be able|going) to|nothing (will|would) (work|help|change)|it doesn't (help|work|matter))\b/i,
  /\b(it's|that's) (not|never) (going to|gonna) (work|happen|help)\b|\bnot (something|the thing) i (want|need) to (change|work on)\b/i,
];

export const changeCues: RegExp[] = [
  new RegExp(
    `\\b(i|i'd|i would|i really) (want|wanna|would like|'d like|wish i could|hope|hoping) (to )?(really |finally |just |be able to )?${target}`,
    'i',
  ),
  new RegExp(
    `\\b(i|i've|i have|i really) (need|have|got|gotta|must|should) (to )?(really |definitely )?${target}`,
    'i',
  ),
  new RegExp(
    `\\b(i will|i'll|i'm going to|i am going to|i'm gonna|i plan to|i'm planning to|i've decided to|i promise to|i commit to|i'm ready to|i am ready to|i intend to) (?:(?:also|really|definitely|just|actually|probably|try to|start|starting to|finally|at least|going to)\\s+){0,3}${target}`,
    'i',
  ),
  new RegExp(
    `\\b(i )?(can|could|think i can|think i could|am able to|'m able to|know i can) (really |probably |definitely )?${target}`,
    'i',
  ),
  /\b(i|i've|i have) (started|stopped|quit|cut (down|back)|been (cutting|walking|going|taking|trying|exercising|practi[sc]ing|using)|managed to|tried|went to|joined|signed up|made an appointment|threw out|got rid of|haven't (had|smoked|used|drunk)|didn't (drink|smoke|use)|took my|reached out|talked to|called|booked)\b/i,
  /\b(it|that|this|things|life) (would|will|could|might) be (better|easier|good|nice|great|healthier)\b|\bi('d| would) (feel|be|have) (better|healthier|more|less|happier)\b/i,
  /\b(worried|scared|afraid|concerned|frightened) (about|for|of) (my )?(health|lungs|liver|heart|kids|children|family|future|job|teeth|weight|sugar|what (it's|this is) doing)\b/i,
  /\b(something (has|needs) to change|can't (keep|go on) (doing|living|like)|i'm (sick|tired) of (feeling|being|drinking|smoking|using|this)|i don't want to (end up|keep|be like|lose|die|go back))\b/i,
  /\b(the reason i want|that's why i want|for my (kids|children|family|health)|it's (costing|hurting|ruining|affecting|damaging) (me|my))\b/i,
  /\b(ready|willing|determined|committed|motivated) to\b|\b(my goal|the goal) is\b|\bi('m| am) (ready|willing|determined|committed)\b/i,
];
