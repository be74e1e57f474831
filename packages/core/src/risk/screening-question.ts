/** Risk questions a counsellor asks; a "yes" to one of them is itself a disclosure. */
export const screeningQuestion =
  /\b(suicid\w*|kill(ing)? yourself|end(ing)? your life|hurt(ing)? yourself|harm(ing)? yourself|(thoughts?|thinking) (of|about) (death|dying|not being here|not wanting to (be here|be alive|live|wake up)|ending (it|things|your life))|wish(ed)? you were dead|safe at home|hurt(ing)? you|hurt(ing)? (someone|anyone|him|her))\b/;

export const affirmativeStart =
  /^(yes|yeah|yep|yup|sometimes|a little|a bit|i have|i do|i did|kind of|sort of|maybe|occasionally|at times|honestly,? yes|more than i'd like|lately,? yes)\b/;
