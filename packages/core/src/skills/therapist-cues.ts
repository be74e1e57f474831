// Surface cues of counsellor behaviours (MI-style coding). They describe how reflections, questions and
// information giving are phrased in English generally, not any one transcript.

export const questionStem =
  /^(?:(?:so|and|okay|ok|well|now|right|alright|but|mm-hmm|yeah|great)[,.]?\s+){0,3}(what|what's|how|how's|why|when|where|who|which|tell me|can you|could you|would you|will you|do you|did you|does|do|is|are|was|were|have you|has|had|should|shall|might|any|anything)\b/i;

export const openQuestionStem =
  /^(?:(?:so|and|okay|ok|well|now|right|alright|but|mm-hmm|yeah|great)[,.]?\s+){0,3}(what|what's|how|how's|why|tell me|describe|help me understand|say more|walk me through|in what ways?|talk (to me )?about)\b(?!\s+(many|much|often|long|old)\b)/i;

export const reflectionStem =
  /^(?:(?:so|and|okay|ok|well|yeah|right|mm-hmm|hmm)[,.]?\s+){0,3}(it (sounds|seems|feels|looks|must be|must feel) (like|as if|as though|that|\w+)|sounds like|seems like|you('re| are) (feeling|saying|wondering|worried|concerned|telling|thinking|not sure|ready|hoping|tired|frustrated|scared|afraid|really|kind of|starting|finding|noticing)|you (feel|felt|sound|seem|want|wanted|wish|noticed|realize|realise|realized|realised|know|think|don't|can't|didn't|never|really|had|have|see|value|care|love|worry|believe|would like|'d like|'ve)\b|you've been|what i('m| am) hearing|i('m| am) hearing|if i('m| am) (hearing|understanding)|on (the )?one hand|part of you|a part of you|so for you|for you,|this is|that's (been )?(really )?(hard|difficult|tough|a lot|frustrating|scary|important|a big)|that must|it must|almost like|kind of like|like you)/i;

export const inputCue =
  /\b(i('d| would) (suggest|recommend|encourage)|i (suggest|recommend|encourage)|my (suggestion|advice|recommendation)|you (could|might|may|should|can) (try|consider|start|use|think about)|one (thing|option|idea|strategy) (that|is|you|we)|some people (find|try|say)|many people|a lot of people|research|studies|evidence|it's (common|normal|important|usual|helpful|recommended|safe)|it is (common|normal|important)|the (risk|benefit|effect|guidelines?|recommendation)s?\b|let me (tell|explain|share|give|show)|what we know|can (increase|reduce|lower|raise|cause|lead)|helps? (to|with|you|reduce|lower)|homework|for next (week|time|session)|between (now and|sessions)|i('d| would) like you to|i('d| would) like (us|to)|let's (try|do|practice|practise|look|start|talk|agree|pick|plan|set|come back|make)|we (can|could|will|'ll) (try|do|work|look|talk|start|practice|practise|plan)|the (plan|goal|idea) (is|would be)|here's (what|an?|one|the))\b/i;

export const fillerOnly =
  /^(mm+[- ]?hmm+|uh[- ]?huh|hmm+|okay|ok|right|yeah|yes|yep|sure|great|good|i see|alright|all right|got it|wow|oh|ah|absolutely|exactly|of course|thank you|thanks|sorry|hi|hello|welcome|bye|goodbye|nice|cool|that's great|that's good|good to hear|fair enough|interesting|no|nope|well|so)[\s.,!]*$/i;

export const feelingOrMeaning =
  /\b(feel|feeling|felt|scared|afraid|angry|frustrated|sad|lonely|guilty|ashamed|hopeless|overwhelmed|worried|torn|stuck|trapped|relieved|proud|hurt|disappointed|exhausted|important|matters?|value|values|care about|means|meaning|deep down|part of you|on (the )?one hand|on the other hand|at the same time|and yet|but also|even though|even if|as if|like a|almost like|wondering|wish|want|afraid that|the real)\b/i;

export const affirmation =
  /^(?:(?:oh|wow|well|okay|so)[,.]?\s+)?(that's|that is|that sounds|this is|it's|what a|you've done|you did)\s+(like\s+)?(really\s+|such\s+|a\s+)?(great|good|wonderful|fantastic|brilliant|excellent|amazing|impressive|a (real|great|big|good|solid|clever|huge) (achievement|step|idea|plan|start|first step|progress|win)|(a )?(solid|clever|good|great) (first step|idea|plan|start)|(really )?(good|great) to hear|progress)\b|^(well done|good for you|thank you|thanks|nice to see you|good to see you|great to see you|i appreciate|congratulations|hi|hello|hey|good (morning|afternoon|evening))\b/i;

/** Generic statements about how things work: the counsellor informing rather than reflecting. */
export const informationCue =
  /\b(usually|typically|tends? to|is (a )?(common|normal|usual)|are (common|normal)|most people|many people|some people|people (often|who|with)|the body|your body|the brain|your brain|this is called|which means|can (cause|lead|make|affect|increase|reduce|help)|stays in|works by|is designed|means (you|that|letting|taking)|one of the most|the (safest|best|most effective) way|there are (tools|options|ways|services|things)|one way (is|to)|is free|confidential|it's normal|is normal|what you're describing is|it may feel|can talk to you)\b/i;
