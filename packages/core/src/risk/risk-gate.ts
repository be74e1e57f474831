/**
 * Broad vocabulary of risk talk. Only client sentences that pass it are compared with the risk prototypes,
 * which keeps the embedding check cheap and stops ordinary talk from being matched by vague similarity.
 */
export const riskGate =
  /\b(die|dies|died|dying|dead|death|suicid\w*|kill\w*|alive|living|exist\w*|disappear\w*|wake up|waking up|end it|end things|burden|better off|hurt\w*|harm\w*|cut|cutting|burn\w*|blade|razor|pills|tablets|overdos\w*|bridge|jump\w*|rope|gun|knife|hits me|hit me|beat\w*|chok\w*|threat\w*|touch(ed)? me|blacked out|a&e|hospital|shakes|no point|pointless|not be here|not here anymore|wasn't around|keep going|go on)\b/;

/** Risk questions a counsellor asks; a "yes" to one of them is itself a disclosure. */
export const screeningQuestion =
  /\b(suicid\w*|kill(ing)? yourself|end(ing)? your life|hurt(ing)? yourself|harm(ing)? yourself|(thoughts?|thinking) (of|about) (death|dying|not being here|not wanting to (be here|be alive|live|wake up)|ending (it|things|your life))|wish(ed)? you were dead|safe at home|hurt(ing)? you|hurt(ing)? (someone|anyone|him|her))\b/;

export const affirmativeStart =
  /^(yes|yeah|yep|yup|sometimes|a little|a bit|i have|i do|i did|kind of|sort of|maybe|occasionally|at times|honestly,? yes|more than i'd like|lately,? yes)\b/;
