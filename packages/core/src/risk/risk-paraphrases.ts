import type { RiskPattern } from './risk-patterns.ts';

// Paraphrase families: each is one way people put a risk into words (a wish not to exist, a method and a
// preparation, a body part and an instrument, a controlling act), written as word classes with a few free
// words between them, so that unseen wordings of the same idea match. Lower-cased text, straight apostrophes.
const method =
  '(pills|tablets|paracetamol|painkillers|antidepressants|insulin|meds|medication|rope|belt|cord|ligature|bridge|footbridge|roof|ledge|edge|train|tracks|platform|car park|cliff|knife|gun|razor|blade)';
const body = '(arms?|legs?|thighs?|wrists?|skin|stomach|hips?|hands?|chest|face|fingers?|head)';
const person =
  '(him|her|them|someone|somebody|(random |innocent |other )?(people|strangers)|the people|that (guy|man|woman|bloke)|the baby|my (\\w+ )?(husband|wife|partner|boss|manager|son|daughter|stepson|stepdaughter|baby|kids?|child|mum|mom|dad|mother|father|stepdad|stepmum|brother|sister|neighbou?r|ex|boyfriend|girlfriend|colleague|coworker|flatmate|housemate|teacher|landlord))';

export const paraphrasePatterns: RiskPattern[] = [
  // Passive suicidal ideation.
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(rather|prefer to|want to|wanna|wish i could|like to) (just )?(not (be here|be alive|exist|be around|wake up)|stop (existing|being alive|living|breathing))\b|\b(disappointed|annoyed|sorry|upset) (that )?i (woke up|survived|am still here|'m still here)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(lost|losing|no|have no|haven't got any|without (any|the)) (\w+ ){0,1}(will|reason|desire|wish) to (live|carry on|go on|keep going|be alive|stay alive)\b|\bnothing (left )?(for me )?to live for\b|\b(stopped|don't|do not) car(e|ing) (whether|if) i (live|die|wake up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(no|any|the|a|don't see (a|any|the)|can't see (a|any|the)|what's the|what is the) (point|reason|purpose) (in |of |to )?(me )?(even )?(being (here|alive|around)|living|life|carrying on|going on|keep(ing)? going|stay(ing)? alive|waking up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(relieved|happier|better off|easier|simpler|lighter|fine|better) (\w+ ){0,3}(if|when|once) i (just )?(was|were|wasn't|weren't|am|'m) (gone|dead|not here|not around|not in it|out of the (way|picture)|around|anything|alive)\b|\b(lives?|life|things|everything) would be (\w+ ){0,2}(easier|simpler|better|lighter) (if|without) (i|me)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(being dead|death|dying|not waking up|not being here|not existing) (\w+ ){0,3}(sounds|seems|feels|looks|would (\w+ )?be|would feel) (\w+ ){0,2}(easier|peaceful|better|nice|appealing|tempting|the best thing|a blessing|a mercy|like (a )?(relief|rest|release|an escape))\b|\bdeath (doesn't|does not|no longer) (scare|frighten) me\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(hope|hoping|wish|wishing|pray|praying) (that )?(i('ll| will| would|'d)? (get|got|catch|have|had) (\w+ ){0,2}(ill|illness|cancer|sick|disease|accident|hit)|(a|the|some) (\w+ ){0,1}(car|bus|lorry|truck|train|illness|accident|disease) (doesn't stop|won't stop|hits me|takes me|would take me|would hit me))|\b(it|something|an illness|a car|a bus) (will|'ll|would|'d) (just )?take me\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(go|went|fall) to sleep and (never|not) (have to )?(come back|wake|wake up|wake again)\b|\b(can't|cannot|don't think i can|not sure i can|don't know (how|if) (much longer )?i can) (keep|carry on|go on) (living|being alive|existing)\b|\b(want|wanted|need) (everything|it all|all of it|life) to (just )?stop\b.*\b(permanently|forever|for good|for ever)\b|\bwhether i live or die\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(go|went|fall|drift) to sleep and (stay asleep|never wake|not wake|sleep forever)\b|\b(don't|do not) care (if|whether) i (don't|do not|won't) (make it|wake up|survive|live)\b|\b(done|finished) with (life|living|being alive)\b(?! (admin|insurance|coach\w*|lessons?|skills?|hacks?|drawing|class\w*|stor(y|ies)))|\bi've had my turn\b|\b(life|living)('s| is)? (\w+ ){0,1}(isn't|is not|not|no longer) worth (living|it)\b|\bnot worth living\b|\b(relief|easier|better|nice|peaceful) (\w+ ){0,2}not to (be (here|around|alive)|exist|wake up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(disappear|vanish)\b.*\b(nobody|no one|everyone|they)\b (\w+ ){0,1}(would|wouldn't|won't|will) (have to )?(deal with|worry about|miss|notice|be better)\b|\bcan't face (another|one more) day\b(?! (at|of|in|with))|\bi (just )?want out\b(?! of (this|the|my|that|our) (job|relationship|marriage|house|contract|flat|course|team|deal))/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(everyone|everybody|people|they|my family|the kids|my kids) would (\w+ ){0,2}(move on|get over it|forget( about me)?|be fine|cope|manage|not care|not notice)\b.*\bif i (died|was dead|were dead|was gone|were gone|killed myself)\b|\bwouldn't mind if i (just )?(died|didn't (exist|wake up|wake)|wasn't (here|around|alive)|was (dead|gone)|never woke)\b|\b(hope|hoping|pray|praying|wish|wishing) (that )?i (won't|don't|wouldn't|never|didn't) wake( up)?\b|\bwhy (i|should i) (bother|keep) (staying alive|living|going on|being alive|waking up)\b|\bwon't be (around|here) (much|for much) longer\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(don't|do not|didn't) (\w+ ){0,2}want to be (on this earth|in this world|alive on this earth)\b|\bnever (open my eyes|see (another day|tomorrow)) again\b|\b(world|everyone|everything|everybody|life) would (just )?(keep|carry on|go on) (\w+ ){0,3}without me\b|\b(think|thinking|thought) (\w+ ){0,1}about (not being (alive|here|around)|not existing|being dead|not waking up)\b|\bif i (got|get|was) (hit|run over|killed) by (a|the) \w+\b.*\b(relieved|relief|wouldn't mind|fine|don't care|glad)\b|\b(only|just) (still )?(here|alive|around) (because|for) (of )?(my|the)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\bcheck out\b.*\b(permanently|for good|forever|for ever)\b|\bcheck out of (life|this world)\b|\b(wish|wishing|hope|hoping|pray|praying) (that )?my heart (would|will|'d) (just )?stop\b|\b(anyone|anybody|people|who) (would|will|'d) (even )?(come to|go to|turn up (to|at)|care at) my funeral\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'moderate',
    re: /\b(won't|will not|don't think i'll|do not think i will|not sure i'll) (still be (here|around|alive)|be alive)\b|\b(disappointed|hate|gutted|sad|annoyed|upset) (\w+ ){0,6}(i'm|i am) still (here|alive)\b|\b(doing|do) (everyone|them|the world|my family) a favou?r\b.*\bif i (disappeared|died|was gone|wasn't here|killed myself|went)\b|\b(tired|sick) of (waking up|existing)\b(?! (at|early|so early|with|in|to|on|every (day|morning) at))/,
    selfNegated: true,
  },
  // Active suicidal ideation: thoughts of ending life, method, preparation, a decision, a rehearsal.
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(thoughts?|thinking|thought|think|fantasi[sz]\w*) (\w+ ){0,2}(about|of) (ending (it|things|everything|it all|my life)|killing myself|taking my (own )?life|suicide|throwing myself|jumping|hanging myself|stepping (off|out|in front)|overdosing|taking an overdose)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: new RegExp(
      `\\b(count|counted|counting|saved|saving|stockpil\\w*|hoard\\w*|collect\\w*|keep|kept|keeping|put|got|bought|buying|look(ed|ing)? at) (\\w+ ){0,4}${method}\\b.*\\b(enough|in case|just in case|the night|when i'm ready|for when|to do it|to end|(to|i'd|i'll) use(?! (it |them )?on (him|her|them|someone|somebody|my)))\\b|\\b(worked out|picked|chosen|chose|decided on|found|scouted|know|looked at) (\\w+ ){0,2}(which|where|what|the|a) (\\w+ ){0,2}${method}\\b.*\\b(i'd|i would|i'll|i will|to) (use|do it|jump|go)\\b`,
    ),
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(googl\w*|research\w*|read(ing)? (online )?about|look(ed|ing)? up|search(ed|ing)?( for)?) (\w+ ){0,3}(how many|how much|lethal|painless|overdose|ways to (die|go)|way to (die|go)|suicide|how to (die|hang|overdose))\b|\b(put|tied|tie|hung|put up) (up )?(a|the) (rope|belt|cord|noose|ligature|scarf)\b.*\b(neck|garage|loft|beam|banister|door)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(throw|throwing|threw|step|stepping|stepped|jump|jumping|jumped|walk|walking|walked) (myself )?(off|in front of|under|from) (\w+ ){0,2}(train|bus|lorry|truck|car|bridge|roof|platform|building|cliff|balcony|tracks)\b|\blooked (over|down) (the|from the) (edge|ledge|side|railing)\b|\b(stood|standing|stand|sat|sitting) (on|at) (the|a) (edge|ledge|platform edge|railing)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(gave|giving|give|given) (away )?(my|all my) (\w+ ){0,1}(things|stuff|belongings|possessions|dog|cat|guitar|savings)\b.*\b(won't|will not|wouldn't) (need|be around|be here)\b|\bsaid (my )?goodbyes?\b.*\bready\b|\b(picked|set|chosen|chose) (a|the) (date|day)\b|\b(going to|gonna|will|'ll) (do it|go through with it)\b.*\b(made up my mind|decided|tonight|this weekend|soon)\b|\b(decide|decided|ready) to go through with it\b|\btonight's the night\b|\btried to (overdose|hang|drown|gas|poison|jump|take (an overdose|my life|my own life))\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(wrote|writing|written|left) (\w+ ){0,2}(letters?|notes?) (to|for) (\w+ ){0,2}(in case|for when|for after)\b|\b(stockpil\w*|hoard\w*|stash(ed|ing)?|sav(ed|ing) up) (\w+ ){0,2}(pills|tablets|meds|medication|antidepressants|painkillers|paracetamol|insulin|prescriptions?)\b|\b(nearly|almost|very nearly|came close to) (jumped|jumping|stepped|threw myself|took (an overdose|my life)|did it|went through with it)\b|\b(thought|think|thinking|worked out|planned|planning) (about )?(how|when|where) i('d| would|'ll| will) (do it|go|end it)\b(?! (differently|better|again|instead))|\bengine running\b.*\bgarage\b|\bgarage\b.*\bengine running\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\bnoose\b|\b(tying|tied|tie) (\w+ ){0,1}(a|the) (knot|ligature)\b|\bmy (suicide|death) (note|plan|in my head)\b|\b(plan|planning|planned|planning out|plotting) (out )?my (suicide|death|own death)\b|\b(i'm|i am) (going to|gonna) (end it|end things|end my life|do it)\b(?! (with|between|all with|for|properly|right|again|differently))|\bhoping (i'd|i would|to|that i'd|i'll) (crash|die|not make it|get hit|be killed|not wake up)\b|\btook (a bunch of|all|loads of|a load of|a handful of|all of) (my |the )?(pills|tablets|meds|medication)\b|\bsort(ed|ing) out who (gets|will get|has|takes)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\bhow many (\w+ ){0,4}(it would|it'd|would it|it will|it'll) take\b|\bgoodbye (messages?|letters?|notes?|texts?|videos?)\b|\bi('ve| have)? attempted\b|\b(thinking about|thought about|think about) (trying|doing it|attempting) again\b|\b(us(e|ing)|turn(ing)?) (it|the gun|the knife|a gun|a knife|them) on myself\b|\bplanned (how|when|where) i('d| would|'ll| will) get there\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\b(top|topping|topped|unalive|unaliving|off|offing|end|ending) myself\b|\bkms\b|\b(thought|thoughts|thinking|think) (\w+ ){0,1}(about|of) (doing|taking) (something (stupid|silly|drastic)|the easy way out)\b|\b(might|could|going to|gonna|will|'ll) do something (stupid|silly|drastic)\b|\b(nearly|almost|came close to|been close to|close to) (ending it|ending things|ending my life|ending it all|killing myself)\b/,
  },
  {
    type: 'active_suicidal_ideation',
    severity: 'high',
    re: /\bsay(ing)? (my )?goodbyes?\b.*\b(without (them|anyone) knowing|for the last time|one last time)\b|\b(balcony|bridge|roof|edge|ledge|platform|tracks|window|pills|tablets|knife|rope)\b.*\bhow easy it would be\b|\bhow easy it would be to (jump|end it|die|go|step off|fall|do it)\b|\b(haven't|not yet) (picked|chosen|set|decided on) (the|a) (day|date|time)\b|\b(hold|holding|held|put|pressed|pressing) (a|the) (knife|blade|razor|scissors|glass) (to|against) my (\w+ )?(wrist|throat|neck|arm|skin|chest)\b/,
  },
  // Self-harm.
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
  // Harm to others.
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
  // Abuse.
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
  // Substance-related crisis: overdose, unconsciousness, withdrawal fits, using alone, mixing depressants, driving.
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
