// How counsellors set tasks and how clients take them on.

export const proposalCue =
  /\b(i'd like you to|i would like you to|i want you to|would you be willing to|are you willing to|could you|can you|how about (you )?|what if you|why don't you|see if you can|your (task|homework|assignment) (is|will be|for the week is)|the homework (is|would be|will be)|for homework,?|as homework,?|let's (agree|say) (that )?you('ll| will)?|try to|i'd encourage you to|maybe you could|you could|would you (also )?be (open|up for|willing|happy|okay) to|do you want to|^want to|are you up for|(could|can|shall) we (also )?(agree|say|make|plan|pick|set|choose|try)( on| that)?( you('ll| will)?)?|so the plan is( that)?( you('ll| will))?)\s+/;

export const timeFrame =
  /\b(this (coming )?week|before (our |the )?next (session|time|appointment|week)|between (now and|sessions)|until (we meet|next time|next week|i see you)|for next (time|week|session)|homework|over the (next|coming) (week|few days|days)|(each|every) (day|morning|evening|night|day this week)|daily|tomorrow|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next)|(on|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|(twice|three times|once|a few times|two times) (a|this|per) (week|day)|next week|at (the )?weekends?|every (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday))\b/;

export const commitmentCue =
  /^(?:(?:okay|ok|so|yeah|yes|alright|well|and)[,.]?\s+)*(i'll|i will|i'm going to|i am going to|i'm gonna|i can|i could|i plan to|i promise to|i commit to)\s+/;

export const agreement =
  /^(?:(?:um|uh|well|so|yeah)[,.]?\s+)?(okay|ok|yes|yeah|yep|sure|sounds good|that sounds|i can do that|i could do that|i'll (do|try) (that|it)|i will|i can try|definitely|that works|deal|alright|all right|i think i can|i'll give it a (go|try|shot)|let's do it|fine|good idea|that's doable|i can manage)/;

export const refusal =
  /^(?:(?:um|uh|well)[,.]?\s+)?(no|nah|i don't think|i can't|not really|i'm not sure|that's too|probably not)\b/;
