import type { RiskSeverity, RiskType } from '../contracts/risk.contract.ts';

export interface RiskPattern {
  type: RiskType;
  severity: RiskSeverity;
  re: RegExp;
  /** The pattern already contains its own negation ("don't want to be alive"); skip the negation check. */
  selfNegated?: boolean;
}

/** First-person risk statements. Matched on lower-cased sentences with straight apostrophes. */
export const riskPatterns: RiskPattern[] = [
  // Active suicidal ideation: intent, plan, method, preparation.
  { type: 'active_suicidal_ideation', severity: 'high', re: /\b(kill|killing|hang|hanging|shoot|shooting)\s+myself\b/ },
  { type: 'active_suicidal_ideation', severity: 'high', re: /\b(end|ending|take|taking)\s+(my own life|my life)\b/ },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(end it all|ending it all|end things for good|finish it all)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(i'm|i am|i've been|i have been|been|feel|feeling|felt|was)\s+(really\s+|very\s+|quite\s+)?suicidal\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(thought|thinking|thoughts|think) (about|of) (suicide|dying by suicide|not waking up on purpose)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(a plan|the plan|planned|planning) (to|how to) (die|do it|end it|kill)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(stockpil\w*|saving( up)?|hoarding|collecting) (up )?(my |the |all my )?(sleeping |old |spare )?(pills|tablets|meds|medication)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(wrote|written|writing) (a|my) (suicide |goodbye )?note\b|\b(looked|looking|searched|searching) up (ways|how) to (die|kill)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(jump|jumping) (off|in front of) (the|a) (bridge|roof|train|building|balcony)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\battempt(ed)? suicide\b|\bsuicide attempt\b|\btried to (kill|end)\b/,
  },
  // Passive suicidal ideation: wishing to be dead or gone, without a plan.
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\bwish (i was|i were|i'd been|i had been|i'd never been|i had never been) (dead|never born|born|gone)\b/,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\bwish i (wasn't|weren't|was not|were not) (here|around|alive|born)\b(?! (at|in|for|with|right now at|today at))/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(don't|do not|didn't) (want|wish) to (be alive|live|exist|be here anymore|be around anymore|wake up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(not|never|won't|wouldn't|don't|didn't) (to )?wak(e|ing) up\b.*\b(wish|hope|hoping|wouldn't mind|fine|relief|better)\b|\b(wish|hope|hoping|wouldn't mind|fine|relief|better)\b.*\b(not|never|didn't|won't|wouldn't|don't) (to )?wak(e|ing) up\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\bbetter off (dead|without me|if i (was|were|wasn't|weren't) (gone|here|around|dead))\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(no|don't see (a|any|the)) (point|reason) (in |of )?(living|being alive|going on|to live|to go on|carrying on|to keep going|in going on|to carry on)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(easier|better|simpler) (for everyone )?if i (wasn't|weren't|was not|were not) (around|here|alive)\b|\bwouldn't mind if (i died|i didn't wake|i was dead|(a|the) (bus|car|lorry|truck|train) hit me)\b|\bif (a|the) (bus|car|lorry|truck|train) hit me\b.*\b(wouldn't mind|be fine|relief|don't care)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(what's|what is) the point (of|in) (living|being alive|going on|carrying on|life)\b/,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(tired|sick) of (living|being alive|life itself)\b(?! (like this|this way|with|in|under|at|on))|\bwant (it all )?to (just )?(stop|end) (forever|for good|permanently)\b/,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(disappear|vanish|fade away|stop existing|cease to exist) (forever|for good|and never come back|permanently)\b|\bjust (stop existing|cease to exist|not exist)\b/,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(want|wanted|wanting) to die\b|\bwish(ed)? i could die\b|\bready to die\b/,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(everyone|they|my family|my kids|people) would be (better off|happier|fine) without me\b|\bi'm (just )?a burden\b/,
  },
  // Self-harm.
  {
    type: 'self_harm',
    severity: 'high',
    re: /\b(cut|cutting|burn|burning|burnt|burned|hit|hitting|hurt|hurting|harm|harming|scratch\w*|punch\w*|starv\w*) myself\b(?! (off|some slack|a break|shaving|while|when (i was )?cooking|on (a|the)|by accident|accidentally|out of))/,
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\bself[- ]?harm(ing|ed)?\b|\b(urge|urges) to (cut|burn|hurt myself|self-harm)\b|\bcutting again\b|\bstarted cutting\b|\brelapsed? (with|into) (cutting|self-harm)\b/,
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\b(razor|blade|blades)\b.*\b(arm|arms|wrist|wrists|thigh|thighs|skin)\b/,
  },
  // Harm to others.
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(want|wanted|going|gonna|planning|plan|thought about|thinking about|fantasi[sz]e about|urge) (to )?(kill|killing|hurt|hurting|stab|stabbing|shoot|shooting|strangle|attack|attacking|beat|beating) (him|her|them|my (husband|wife|partner|boss|son|daughter|baby|kids?|mother|father|dad|mum|mom|brother|sister|neighbou?r|coworker|colleague|ex)|someone|somebody|people|that guy|the baby)\b(?! for (eating|taking|using|leaving|forgetting)|'?s? (time|times|record|score|pb|personal best|at|in a race)\b)/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(thoughts|thinking|fantasies|urges|images) (of|about) (attacking|hurting|killing|stabbing|harming|strangling) (people|someone|somebody|him|her|them|my|the baby|strangers)\b/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(scared|afraid|worried) i('ll| will| might| could) (hurt|harm|kill) (him|her|them|someone|my|the baby)\b/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(bought|got|have) a (gun|knife|weapon) (to|for) (use on|hurt|get|kill)\b|\bmake (him|her|them) pay\b.*\b(hurt|blood|suffer)\b/,
  },
  // Abuse (the client as victim, current or past).
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(he|she|they|my (husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather|uncle|brother|ex)) (hits|hit|beats|beat|chokes|choked|strangles|strangled|slaps|slapped|punches|punched|kicks|kicked|pushed|shoved|threatens|threatened|raped|molested|touched) me\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(threatened|threatens|going) to (kill|hurt) me\b|\b(raped|sexually assaulted|molested|abused)\b|\b(afraid|scared) (of|to go home to) (him|her|my (husband|partner|boyfriend|dad|father|stepdad))\b|\bwon't let me (leave|see my|have (any )?money|go out)\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(bruises|marks) (he|she|they) (left|gave)\b|\b(locks|locked) me (in|out)\b|\btakes? my (phone|money|keys) (so|and) i can't\b/,
  },
  // Substance-related crisis.
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(overdos\w*|od'd|o\.d\.'d|took too many (pills|tablets)|too much (heroin|fentanyl|oxy\w*))\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(took|swallowed|taken) (a |the )?(whole|entire|full) (packet|bottle|box|strip|pack) of\b|\b(drink\w*|drunk|pills|tablets|paracetamol|using|vodka|high|wasted|heroin|coke)\b.*\bended up in (a&e|the er|hospital|the hospital|intensive care|icu)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(blacked out|passed out|woke up) (and woke up )?(in (the )?(hospital|a&e|er|ambulance|a cell|the street)|not breathing)\b|\b(narcan|naloxone)\b/,
  },
  // Withdrawal that only a drink relieves risks fits. Loss of control, morning or all-day drinking on their own
  // are ordinary use talk in health-behaviour counselling (the alcohol_use topic), not a crisis.
  {
    type: 'substance_crisis',
    severity: 'moderate',
    re: /\b(shakes|shaking|seizures?|the dts|withdrawals?) (\w+ ){0,3}(until|unless|till|if) i (drink|use|have a drink)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\bmix(ing|ed)? (my |the )?(pills|benzos|xanax|opioids|painkillers) (and|with) (alcohol|drink|booze|vodka)\b|\bdrove (home )?(drunk|high|wasted)\b/,
  },
  // Compositional families: a first-person risk predicate with up to a few words between its parts, so
  // "I don't really want to be here anymore" matches like "I don't want to be here".
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(don't|do not|didn't|never) (\w+ ){0,2}(want|wish|wanted) to (be here|be alive|live|exist|wake up|go on|keep living)\b(?! (at|in|with|for|today|tonight|right now))/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(dying|death|being dead|not being here|not existing|not waking up) (\w+ ){0,2}(would|will|could|might) (\w+ ){0,1}be (a )?(relief|easier|better|peaceful|a release|the answer)\b|\b(can't|cannot|don't|couldn't) (\w+ ){0,1}see myself (\w+ ){0,2}(alive|being here|around|living|making it) (next|in|by|much)\b|\b(if i was|if i were|if i'm|with me) (gone|dead|not here|not around) for good\b|\bgone for good\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(cope|manage|be happier|be better|be fine|do better) (\w+ ){0,2}(if|without|once) (i was|i were|i'm|me|i am) ?(gone|dead|not here|not around|no longer here)?\b(?<=(gone|dead|here|around|me))/,
    selfNegated: true,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(plan|planned|planning|worked out|thinking through) (how|when|where|to) (\w+ ){0,3}(kill myself|end (it|my life|things)|die|do it)\b/,
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\b(cut|cutting|burn|burning|burnt|scratch|scratching|carve|carving|stab|stabbing) (into )?my (arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?)\b|\b(bang|banging|hit|hitting|punch|punching) my (head|fists?) (against|on|into|off) (the )?(wall|floor|door|desk)\b/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(i'll|i will|i would|i'd|i'm going to|i'm gonna|i am going to) (\w+ ){0,2}(stab|kill|hurt|shoot|strangle|batter|beat up|attack|smash) (him|her|them|someone|somebody|that (guy|man|woman|bloke)|my (wife|husband|partner|boss|manager|son|daughter|baby|kids?|mum|mom|dad|mother|father|brother|sister|neighbou?r|ex|boyfriend|girlfriend|colleague|coworker))\b(?! (for (eating|taking|using|forgetting|leaving|being late)|if (he|she|they) (eats|takes|forgets))|'?s? (time|times|record|score|pb|personal best|at|in a race)\b)/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\bfantasi[sz]\w* about (hurting|killing|attacking|stabbing|harming|strangling)\b|\b(images|thoughts|urges|pictures) (of|about) (shaking|hurting|harming|drowning|smothering|dropping) (the|my) (baby|child|son|daughter|kids?|little one)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(mixed|mixing|took|taking|take) (\w+ ){0,3}(oxy\w*|benzos?|xanax|valium|diazepam|opioids?|painkillers|pills|tablets|heroin|methadone|fentanyl|sleeping pills) (with|and) (\w+ ){0,4}(alcohol|wine|vodka|beer|booze|drink|gin|whisky)\b|\b(couldn't|could not|can't|cannot) wake me( up)?\b|\b(litre|liter|bottle|bottles) of (vodka|whisky|whiskey|gin|wine|spirits) a day\b|\bhands? (shake|shaking|tremble|trembling) (\w+ ){0,2}(until|unless|till) i (drink|have (one|a drink))\b/,
  },
  // Screening vocabulary, recall-first: risk words that rarely appear in ordinary talk in the first person.
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(had|have had) enough of (being alive|living|life)\b|\b(it|this|everything) (can|could|would|will) all be over\b|\b(notice|care|miss me) if i (wasn't|weren't|was gone|died|disappeared|wasn't here)\b|\b(better|easier) without me\b|\bcan't go on (like this|anymore|any more)?\b/,
    selfNegated: true,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\blethal\b|\b(edge|top|ledge) of (the|a) (roof|bridge|cliff|building|car park)\b|\b(drive|driving|drove|crash|crashing|steer|steering) (my|the) car (into|off)\b|\b(drown|poison|gas|shoot|hang)(ing)? myself\b/,
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\bcut (again|last night|yesterday|this week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(pick|picking|scratch|scratching|pull|pulling) (at )?my (skin|hair) (until|till) (it|i) (bleeds?|bled|bleed)\b|\b(hurt|hurting|harm|harming|burn|burning|hit|hitting) (myself|me) (\w+ ){0,3}on purpose\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(he|she|they|my \w+) (forces|forced|makes|made) me (to )?(have sex|do things|sleep with)\b|\b(takes|took|steals|stole|keeps|controls) (all )?my (pension|benefits|money|wages|bank card|passport)\b|\b(hurts|hurt|scares|threatens) me (when|if|every)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(drank|drinking|used|using|took) (so much|too much)\b.*\b(seizure|fit|passed out|blacked out|hospital|a&e|couldn't breathe)\b|\b(had|having) (a )?(seizure|fit)s?\b.*\b(drink|drank|drinking|withdrawal|using)\b|\b(injecting|shooting up)\b|\bsharing needles\b/,
  },
];

/** Words that negate a following risk phrase in the same clause. */
export const negators =
  /\b(never|not|no|n't|nothing|nobody|wouldn't|won't|don't|didn't|isn't|aren't|wasn't|haven't|hasn't|couldn't|cannot|can't|no longer|not anymore)\b|n't\b/;

/** Phrases that look like a negator but do not cancel the risk ("I can't stop thinking about killing myself"). */
export const nonNegators =
  /\b(can't stop|couldn't stop|cannot stop|don't know (if|whether|why|how)|not sure (if|whether)|can't get rid of|don't want to (be alive|live|exist|wake up)|can't (go on|keep going|do this anymore|take (it|this) anymore)|no one would (care|notice|miss))\b/;

/** Figures of speech that borrow risk words: "this job is killing me", "I could kill for a coffee". */
export const idioms =
  /\bhits? me up\b|\b(lock|locks|locked) me up\b|\bcan't keep living (on|off|out of)\b|\b(is|are|was|were|'s|'re) (killing|murdering) me\b|\bkill(ing)? (for|time|it|the mood|two birds)\b|\b(could|would|'d) (kill|die) for\b|\bdying (to|for|of laughter|laughing)\b|\b(die|died|dying) of (embarrassment|shame|boredom|laughter)\b|\bnearly died laughing\b|\b(will|is going to|'s going to|gonna|would|'ll) kill me (if|when|for)\b|\bkilled it\b|\bdead (tired|on|serious|end)\b|\bdrop dead\b|\bover my dead body\b|\bto die for\b|\bshoot me now\b|\bkill(s|ing)? me (with|softly)\b|\bmy (feet|back|head|knees?) (is|are) killing me\b|\b(work|working|worked|bored|scared|worried|frozen|freezing) (myself |me |yourself )?to death\b|\b(could|'d) (cheerfully |happily )?(strangle|throttle|murder|kill) (him|her|them|my \w+) (sometimes|at times)\b/;
