import type { RiskPattern } from './risk-patterns.ts';

// Paraphrase families: each is one way people put a risk into words, written as word classes with a few free
// words between them so that unseen wordings of the same idea match. Each family was written from a batch of
// development sentences (eval/risk-sentences.json), never from a holdout. Lower-cased text, straight apostrophes.

/** Means and places people name when they plan or rehearse ending their life. */
const method =
  '(pills|tablets|paracetamol|painkillers|antidepressants|insulin|meds|medication|rope|belt|cord|ligature|bridge|footbridge|roof|ledge|edge|train|tracks|platform|car park|cliff|knife|gun|razor|blade)';

/** Suicidal ideation in other words: a wish not to exist, thoughts of ending life, a method, a preparation. */
export const suicideParaphrases: RiskPattern[] = [
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(rather|prefer to|want to|wanna|wish i could|like to) (just )?(not (be here|be alive|exist|be around|wake up)|stop (existing|being alive|living|breathing))\b|\b(disappointed|annoyed|sorry|upset) (that )?i (woke up|survived|am still here|'m still here)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(lost|losing|no|have no|haven't got any|without (any|the)) (\w+ ){0,1}(will|reason|desire|wish) to (live|carry on|go on|keep going|be alive|stay alive)\b|\bnothing (left )?(for me )?to live for\b|\b(stopped|don't|do not) car(e|ing) (whether|if) i (live|die|wake up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(no|any|the|a|don't see (a|any|the)|can't see (a|any|the)|what's the|what is the) (point|reason|purpose) (in |of |to )?(me )?(even )?(being (here|alive|around)|living|life|carrying on|going on|keep(ing)? going|stay(ing)? alive|waking up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(relieved|happier|better off|easier|simpler|lighter|fine|better) (\w+ ){0,3}(if|when|once) i (just )?(was|were|wasn't|weren't|am|'m) (gone|dead|not here|not around|not in it|out of the (way|picture)|around|anything|alive)\b|\b(lives?|life|things|everything) would be (\w+ ){0,2}(easier|simpler|better|lighter) (if|without) (i|me)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(being dead|death|dying|not waking up|not being here|not existing) (\w+ ){0,3}(sounds|seems|feels|looks|would (\w+ )?be|would feel) (\w+ ){0,2}(easier|peaceful|better|nice|appealing|tempting|the best thing|a blessing|a mercy|like (a )?(relief|rest|release|an escape))\b|\bdeath (doesn't|does not|no longer) (scare|frighten) me\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(hope|hoping|wish|wishing|pray|praying) (that )?(i('ll| will| would|'d)? (get|got|catch|have|had) (\w+ ){0,2}(ill|illness|cancer|sick|disease|accident|hit)|(a|the|some) (\w+ ){0,1}(car|bus|lorry|truck|train|illness|accident|disease) (doesn't stop|won't stop|hits me|takes me|would take me|would hit me))|\b(it|something|an illness|a car|a bus) (will|'ll|would|'d) (just )?take me\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(go|went|fall) to sleep and (never|not) (have to )?(come back|wake|wake up|wake again)\b|\b(can't|cannot|don't think i can|not sure i can|don't know (how|if) (much longer )?i can) (keep|carry on|go on) (living|being alive|existing)\b|\b(want|wanted|need) (everything|it all|all of it|life) to (just )?stop\b.*\b(permanently|forever|for good|for ever)\b|\bwhether i live or die\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(go|went|fall|drift) to sleep and (stay asleep|never wake|not wake|sleep forever)\b|\b(don't|do not) care (if|whether) i (don't|do not|won't) (make it|wake up|survive|live)\b|\b(done|finished) with (life|living|being alive)\b(?! (admin|insurance|coach\w*|lessons?|skills?|hacks?|drawing|class\w*|stor(y|ies)))|\bi've had my turn\b|\b(life|living)('s| is)? (\w+ ){0,1}(isn't|is not|not|no longer) worth (living|it)\b|\bnot worth living\b|\b(relief|easier|better|nice|peaceful) (\w+ ){0,2}not to (be (here|around|alive)|exist|wake up)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(disappear|vanish)\b.*\b(nobody|no one|everyone|they)\b (\w+ ){0,1}(would|wouldn't|won't|will) (have to )?(deal with|worry about|miss|notice|be better)\b|\bcan't face (another|one more) day\b(?! (at|of|in|with))|\bi (just )?want out\b(?! of (this|the|my|that|our) (job|relationship|marriage|house|contract|flat|course|team|deal))/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(everyone|everybody|people|they|my family|the kids|my kids) would (\w+ ){0,2}(move on|get over it|forget( about me)?|be fine|cope|manage|not care|not notice)\b.*\bif i (died|was dead|were dead|was gone|were gone|killed myself)\b|\bwouldn't mind if i (just )?(died|didn't (exist|wake up|wake)|wasn't (here|around|alive)|was (dead|gone)|never woke)\b|\b(hope|hoping|pray|praying|wish|wishing) (that )?i (won't|don't|wouldn't|never|didn't) wake( up)?\b|\bwhy (i|should i) (bother|keep) (staying alive|living|going on|being alive|waking up)\b|\bwon't be (around|here) (much|for much) longer\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(don't|do not|didn't) (\w+ ){0,2}want to be (on this earth|in this world|alive on this earth)\b|\bnever (open my eyes|see (another day|tomorrow)) again\b|\b(world|everyone|everything|everybody|life) would (just )?(keep|carry on|go on) (\w+ ){0,3}without me\b|\b(think|thinking|thought) (\w+ ){0,1}about (not being (alive|here|around)|not existing|being dead|not waking up)\b|\bif i (got|get|was) (hit|run over|killed) by (a|the) \w+\b.*\b(relieved|relief|wouldn't mind|fine|don't care|glad)\b|\b(only|just) (still )?(here|alive|around) (because|for) (of )?(my|the)\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\bcheck out\b.*\b(permanently|for good|forever|for ever)\b|\bcheck out of (life|this world)\b|\b(wish|wishing|hope|hoping|pray|praying) (that )?my heart (would|will|'d) (just )?stop\b|\b(anyone|anybody|people|who) (would|will|'d) (even )?(come to|go to|turn up (to|at)|care at) my funeral\b/,
    selfNegated: true,
  },
  {
    type: 'passive_suicidal_ideation',
    severity: 'low',
    re: /\b(won't|will not|don't think i'll|do not think i will|not sure i'll) (still be (here|around|alive)|be alive)\b|\b(disappointed|hate|gutted|sad|annoyed|upset) (\w+ ){0,6}(i'm|i am) still (here|alive)\b|\b(doing|do) (everyone|them|the world|my family) a favou?r\b.*\bif i (disappeared|died|was gone|wasn't here|killed myself|went)\b|\b(tired|sick) of (waking up|existing)\b(?! (at|early|so early|with|in|to|on|every (day|morning) at))/,
    selfNegated: true,
  },
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
    re: /\bnoose\b|\b(tying|tied|tie) (\w+ ){0,1}(a|the) (knot|ligature)\b|\bmy (suicide|death) (note|plan|in my head)\b|\b(plan|planning|planned|planning out|plotting) (out )?my (suicide|death|own death)\b|\b(i'm|i am) (going to|gonna) (end it|end things|end my life|do it (tonight|soon|this time|one of these days|when|before))\b(?! (with|between|all with|for|properly|right|again|differently))|\bhoping (i'd|i would|to|that i'd|i'll) (crash|die|not make it|get hit|be killed|not wake up)\b|\btook (a bunch of|all|loads of|a load of|a handful of|all of) (my |the )?(pills|tablets|meds|medication)\b|\bsort(ed|ing) out who (gets|will get|has|takes)\b/,
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
];
