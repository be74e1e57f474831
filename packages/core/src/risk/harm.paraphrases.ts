import type { RiskPattern } from './risk-patterns.ts';

// Paraphrase families: each is one way people put a risk into words, written as word classes with a few free
// words between them so that unseen wordings of the same idea match. Each family was written from a batch of
// development sentences (eval/risk-sentences.json), never from a holdout. Lower-cased text, straight apostrophes.

const body = '(arms?|legs?|thighs?|wrists?|skin|stomach|hips?|hands?|chest|face|fingers?|head)';
const person =
  '(him|her|them|someone|somebody|(random |innocent |other )?(people|strangers)|the people|that (guy|man|woman|bloke)|the baby|my (\\w+ )?(husband|wife|partner|boss|manager|son|daughter|stepson|stepdaughter|baby|kids?|child|mum|mom|dad|mother|father|stepdad|stepmum|brother|sister|neighbou?r|ex|boyfriend|girlfriend|colleague|coworker|flatmate|housemate|teacher|landlord))';

/** Self-harm, harm to others, abuse and substance crises in other words. */
export const harmParaphrases: RiskPattern[] = [
  {
    type: 'self_harm',
    severity: 'high',
    re: new RegExp(
      `\\b(i've been|i have been|i'm|i am|i keep|i kept|i started|i've started|i was|started|been) cutting\\b(?! (down|back|out|off|corners|it|the|costs|ties|my (hours|hair|nails|budget|spending|losses|portions|intake)|hours|carbs|sugar|meat|caffeine|through|in|class|school|work|lessons))|\\b(bite|biting|bit|dig|digging|dug|scratch\\w*|cut|burn\\w*|hit|hitting) (\\w+ ){0,2}(my|into my) (\\w+ ){0,1}${body}\\b.*\\b(until|till|til) (it|they|i) (bleed|bled|bleeds|bruise|bruised|bruises|were raw|was raw|hurt)\\b|\\b(took|take|taking|used|use|using) a (blade|razor|knife|compass|lighter|pin|needle|scissors) (on|to) (my|myself)\\b|\\b(carv\\w*|cut\\w*|scratch\\w*|etch\\w*) (\\w+ ){0,2}(into|on) my (\\w+ )?${body}\\b`,
    ),
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\bmade myself bleed\b|\b(pull|pulling) (out )?my hair( out)?\b.*\b(bald|until|till|can't stop|bleed\w*)\b|\b(punch\w*|hit|hitting|bang\w*|kick\w*) (the|a) (wall|door|mirror|window)\b.*\b(until|till) (\w+ ){0,2}(bled|bleed|broke|bruised)\b|\bwanted it to hurt\b|\bpunish(ing|ed)? myself by (cutting|burning|hitting|not eating|starving|scratching)\b|\b(when|if) (it|things|the feelings?) (gets?|got) (too )?(much|bad|big)\b.*\b(hurt|cut|burn|hit) myself\b/,
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: new RegExp(
      `\\b(cuts|scars|burns|marks) on my (\\w+ )?${body}\\b.*\\b(hide|hiding|cover|covering|long sleeves|nobody (sees|knows))\\b|\\b(slam\\w*|bang\\w*|hit\\w*|punch\\w*|burn\\w*|cut\\w*|scratch\\w*|bit|bite|smash\\w*) (\\w+ ){0,1}my (\\w+ )?${body}\\b.*\\b(on purpose|deliberately|to feel (something|pain|it)|so (that )?i('d| would) feel)\\b`,
    ),
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\bcut (\w+ ){0,1}(deeper|too deep)\b|\b(to|as a way to|so i can|because i wanted to) punish myself\b|\bdrink(ing)? bleach\b|\b(hit|hitting|punch\w*|slap\w*|bang\w*|scratch\w*|bit|bite|biting) my (\w+ )?(face|head|arms?|legs?|stomach|chest|thighs?)\b.*\b(until|till)\b|\bscars on my (\w+ )?(wrists?|arms?|legs?|thighs?)\b.*\b(again|did it)\b/,
  },
  {
    type: 'self_harm',
    severity: 'high',
    re: /\b(reopen\w*|picking|pick|open(ing)? up) (\w+ ){0,1}(the|my) (cuts|wounds|scabs|scars)\b|\b(only thing|all) that (calms|helps|works|makes)\b.*\b(blade|cutting|razor|burning|hurting myself)\b|\b(blade|cutting|razor|burning) (is|was) the only thing\b/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: new RegExp(
      `\\b(i want|i wanted|urges?|urge) to (\\w+ ){0,1}(kill|hurt|stab|batter|strangle|shoot|attack|smother) ${person}\\b|\\b(thoughts?|thinking|thought|imagin\\w*|pictur\\w*|images?|fantasi[sz]\\w*|urges?) (\\w+ ){0,2}(of |about )?(myself )?(pushing|stabbing|hurting|killing|smothering|shaking|drowning|strangling|burning|hitting|attacking|poisoning|suffocating) ${person}\\b|\\b(i'll|i will|i'd|i would|i could|i'm going to|i am going to|i'm gonna) (honestly |really |actually |seriously )?(\\w+ ){0,1}(kill|hurt|stab|batter|strangle|shoot|murder) ${person}\\b(?! (for (eating|taking|using|forgetting|leaving|being late)))`,
    ),
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\bwhat i('d| would|'ll| will| want to) do to (him|her|them)\b|\b(could|might|going to|gonna|will|'ll) (snap|lose it|lose control)\b.*\b(hurt|kill|attack|stab) (someone|somebody|him|her|them|people)\b|\b(smash|kick|punch|cave) (his|her|their) (face|head|teeth) in\b|\bmake (him|her|them) suffer\b|\b(make|making) (him|her|them) pay\b|\b(bat|knife|hammer|gun|weapon|machete|crowbar)\b.*\b(i'll|i will|i'm going to|gonna) use it\b/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: new RegExp(
      `\\b(fantasi[sz]\\w*|imagin\\w*|picturing|thinking about|thoughts of|dream\\w* about) (\\w+ ){0,1}(running|running over|ramming|mowing down|running down) ${person}\\b|\\bi('ll| will|'m going to| am going to) cut (him|her|them|you)\\b(?! (some slack|a deal|off|out|loose|down|in|a break))|\\bcarry(ing)? a (knife|blade|weapon|machete|gun)\\b|\\b(baby|newborn|infant|toddler|little one)\\b.*\\b(could|might|want to|wanted to|urge to|feel like i('d| would| could)) (throw|shake|drop|smother|suffocate|hurt|hit) (her|him|it|them)\\b`,
    ),
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(i'll|i will|i'm going to|i am going to|gonna) put (him|her|them) in (hospital|the hospital|a wheelchair|the ground|a coffin)\b|\b(urge|urges|thoughts?|want|wanted|wanting|fantasi\w*) (\w+ ){0,2}(to )?(drive|driving|run|running|plough|ploughing) (my car )?into (the )?(people|crowd|pedestrians|them|him|her|someone)\b/,
  },
  {
    type: 'harm_to_others',
    severity: 'high',
    re: /\b(want|wanted|like|love) to see (him|her|them) (bleed|suffer|in pain|hurt|dead|die)\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(grabbed|grabs|pinned|pins|held|holds|pushed|pushes|shoved|shoves|dragged|drags|threw|throws) me (by the (throat|neck|hair|arm)|against|down|to the (floor|ground)|across|out)\b|\bby the throat\b|\b(he|she|they|who) (pulls?|pulled|yanks?|yanked) my hair\b|\b(pulls|yanks) my hair\b|\b(won't|will not|wouldn't|doesn't|don't) let me (out|leave|go (out|anywhere)|see (my|anyone)|have (my own|any)|use|talk to|work|drive|get a job)\b|\b(threw|throws|thrown|hurls?|hurled) (a|the|my) (\w+ ){0,1}(mug|plate|glass|bottle|chair|phone|cup|shoe|remote)s? at (me|my (head|face))\b|\b(throws|threw) things at me\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(come|came|comes|coming) into my (room|bed)\b.*\btouch(ed|ing)? me\b|\b(hits|beats|kicks|slaps|punches|shoves|chokes|strangles|bites) me\b(?! (with|that|like|hard,? emotionally))|\b(did|does|doing|made me do) (things|stuff) (to me|with me|to my body)\b|\b(locks?|locked) me (in|out|up)\b|\bnot allowed to (have|see|go|leave|use|keep|talk to|speak to|wear|work|have my own)\b|\b(he|she|they) controls? (all )?(the|my|our) (money|finances|phone|bank)\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(he|she|they|my \w+)( \w+)? (says|said|tells me|told me|threatens|threatened)\b.*\bif i (leave|left|go|tell|call|went)\b.*\b(hurt|kill|take the kids|take my (kids|children)|never see|make me|finish me)\b|\b(reads|checks|goes through) my (messages|phone|texts|emails)\b.*\b(have to|has to|makes me|won't let)\b|\b(make|makes|made) me (sleep|stay|stand|kneel) (in|outside|on)\b.*\b(punishment|punish)\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(used to|would|kept|keeps|has been|have been|had been|been|started) (hit|beat|kick|slap|punch|shov|chok|strangl)\w* (me|us)\b|\b(forces|forced|makes|made) me (to )?(hand over|give (him|her|them)) (all )?(my|the) (wages|money|pay|benefits|pension|card)\b|\b(post|share|send|leak)\w* (the |my )?(photos|pictures|videos|nudes)\b.*\bif i\b|\bstrangled me\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(he|she|they|my (\w+ ){0,1}(husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepmum|stepfather|stepmother|brother|sister|son|daughter|carer|uncle|ex|grandad|grandfather))( \w+)? (bit|bites|burned|burnt|scratched|scratches|headbutted|stabbed|spat on|spits on|kicked|kicks|punched|punches|slapped|slaps|hit|hits|beat|beats|choked|chokes|strangled|strangles|pushed|pushes|shoved|shoves|raped|rapes|touched|touches) me\b|\b(threatens|threatened|threatening) to (stab|kill|hurt|hit|beat|burn|shoot|strangle) me\b|\bcomes? into (the bathroom|my room|my bedroom)\b.*\b(shower\w*|undress\w*|changing|naked|won't leave|at night)\b|\b(won't|doesn't|will not|never) (give|let) me (have )?(any|my own)? ?(money|cash|access to (the|my|our) (money|account))\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(he|she|they|my (\w+ ){0,1}(husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepmum|brother|sister|son|daughter|carer|ex))( \w+)? (slammed|smashed|burned|burnt|twisted|broke|stabbed|hit|punched|kicked|squeezed|bent) my (\w+ )?(hand|arm|wrist|face|head|neck|fingers?|leg|ribs?|nose)\b|\b(makes?|made) me ask (for |his |her |their )?permission\b|\bhave to ask (his|her|their) permission\b|\b(tracks|tracked|tracking|monitors|follows|followed) (my (phone|location|car)|me)\b.*\b(turns? up|shows? up|wherever|everywhere)\b/,
  },
  {
    type: 'abuse',
    severity: 'high',
    re: /\b(hands?|fingers) (round|around) my (neck|throat)\b|\b(makes?|made|tells?|told) me (to )?keep (it|this|secrets?|quiet)\b.*\b(does|did|to me)\b|\bwhat he (does|did) to me\b|\bunless i do (exactly )?what (he|she|they) (says|wants|tells me)\b|\b(won't|will not|doesn't) let me see (my|the|our) (kids|children|friends|family)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(found me|woke up|came round|come round) (\w+ ){0,3}(not breathing|unconscious|blue|on the (\w+ )?floor)\b|\bhow long i('d| had) been (out|unconscious|lying there)\b|\b(nearly|almost|could have|could've) died\b.*\b(pills|drink\w*|drunk|using|used|drugs|party|overdose|heroin|coke|ketamine|wine|vodka|after i took)\b|\b(ended up|woke up|was) in (resus|intensive care|icu)\b|\b(call|called|phone|phoned|ring|rang) (an|the) ambulance\b.*\b(took|drank|using|used|pills|too much)\b|\b(took|taken|drank|used) (way |far )?too much\b.*\b(ambulance|paramedics|hospital|breathing|a&e|found me)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(withdrawal|alcohol|drink) (fits|seizures)\b|\b(had|having|get|getting) (a |the )?(fit|fits|seizure|seizures|dts|hallucinations)\b.*\b(stop|stopped|stopping|quit|without|cut down) (drinking|a drink|using|the drink)\b|\b(diazepam|valium|benzos?|xanax|sleeping (pills|tablets)|oxy\w*|codeine|tramadol|methadone|pregabalin|zopiclone)\b.*\b(on top of|with|and) (\w+ ){0,2}(drink|drinking|wine|vodka|alcohol|beer|booze|a bottle)\b|\b(sleeping (pills|tablets)|tablets|pills)\b (and|with) (drinking|drink) on top\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(using|use|used|inject\w*) (alone|on my own|by myself)\b|\b(died|dead|overdosed|od'd) (from|of|on) (the same|a bad|that) (batch|stuff|gear)\b|\b(drove|driving|drive|behind the wheel)\b.*\b(still drunk|still high|over the limit|after (a |half a |two |three )?(bottle|bottles|pints|drinks|few drinks|line|lines))\b|\bdrink(ing)? (\w+ ){0,3}(the moment|as soon as|when|before) i (wake|get up)\b.*\b(shak\w*|tremor|stop the)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\bstomach pumped\b|\b(collapsed|passed out|blacked out|woke up|came round|came to)\b.*\b(ambulance|paramedics|hospital|a&e|resus|intensive care)\b.*\b(pills|drink\w*|drunk|using|drugs|vodka|heroin|ketamine|coke|overdose)\b|\b(pills|drink\w*|drunk|using|drugs|vodka|heroin|ketamine|coke)\b.*\b(collapsed|passed out|blacked out|woke up|came round|came to)\b.*\b(ambulance|paramedics|hospital|a&e|resus|intensive care)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\bmix(ing|ed)? (\w+ ){0,2}(methadone|heroin|opioids?|oxy\w*|benzos?|valium|diazepam|xanax|pregabalin|gabapentin|fentanyl|ketamine|alcohol|booze|pills) (and|with) (\w+ ){0,2}(methadone|heroin|opioids?|oxy\w*|benzos?|valium|diazepam|xanax|pregabalin|gabapentin|fentanyl|alcohol|booze|vodka|drink|pills)\b|\b(using|used|drank|drinking|took|high|drunk)\b.*\b(couldn't|could not) (feel my (legs|arms|body|face)|breathe|move|stand up)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(woke up|came round|came to) in (\w+ ){0,4}(police van|cell|ambulance|hospital|a&e|street|gutter|park|stranger's)\b|\brecovery position\b|\bdrink\w* (hand sanitiser|hand sanitizer|mouthwash|surgical spirit|antifreeze|rubbing alcohol|aftershave)\b|\b(dts|delirium tremens)\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(spice|mamba|nitazenes?|fentanyl|heroin|ketamine|ghb|pills|benzos|xanax)\b.*\b(collapsed|passed out|stopped breathing|went blue|fitting|unconscious)\b|\b(collapsed|passed out|stopped breathing|went blue|unconscious)\b.*\b(spice|mamba|fentanyl|heroin|ketamine|ghb|pills|benzos|xanax)\b|\b(crashed|crash|drove|driving|drive)\b.*\b(while|when) i was (high|drunk|wasted|stoned|off my face|on (something|pills|coke))\b|\bod'd\b/,
  },
  {
    type: 'substance_crisis',
    severity: 'high',
    re: /\b(cpr|resuscitat\w*)\b.*\b(took|drank|using|used|pills|drugs|something)\b|\b(took|drank|using|used|pills|drugs)\b.*\b(cpr|resuscitat\w*)\b|\bstopped breathing\b.*\b(drink|drinking|drank|using|pills|took)\b|\b(drink|drinking|drank|using|pills|took)\b.*\bstopped breathing\b|\b(stop|stopped|stopping|without) (drinking|a drink|the drink|using)\b.*\b(see|seeing|saw|hear|hearing) (things|stuff|bugs|insects|spiders|voices)\b/,
  },
];
