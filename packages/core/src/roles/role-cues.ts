// Cues that distinguish the counsellor's talk from the client's. Counsellors ask, reflect ("it sounds like"),
// open and structure the session, and set tasks; clients mostly speak about themselves in the first person.

export const reflectionStarts =
  /^(so\s+)?(it\s+(sounds|seems|feels|looks)\s+(like|as if|as though)|you('re| are)\s+(feeling|saying|wondering|noticing|worried|telling)|you\s+(feel|felt|sound|seem|want|wish|noticed|realized|realised)|what\s+i('m| am)\s+hearing|i('m| am)\s+hearing|if\s+i\s+understand|on\s+(the\s+)?one\s+hand|part\s+of\s+you|so\s+you|you've\s+been|you\s+have\s+been)/i;

export const questionStarts =
  /^(so\s+|and\s+|okay,?\s+|and\s+so\s+)?(what|how|why|when|where|who|which|tell me|can you|could you|would you|do you|did you|does|is it|are you|have you|has|were you|will you|shall we)\b/i;

export const openingCues =
  /\b(welcome|come (on )?in|have a seat|nice to see you|good to see you|how (have|'ve) you been|how was your week|how has your week|since (we|our) last|last (time|session|week) we|where would you like to start|what would you like to (talk|focus)|what brings you|before we (start|begin)|confidential|let's (start|begin)|how are things)\b/i;

export const counsellorCues =
  /\b(homework|between (now and|sessions)|for next (time|week|session)|i'd like you to|i would like you to|would you be willing|let's (try|look|practice|practise|do|talk|take|pause|come back)|on a scale|what i'm hearing|tell me more|how does that (feel|sound)|what do you make of|our time|next session|see you next|i('m| am) wondering|i wonder)\b/i;

export const firstPerson = /\b(i|i'm|i've|i'd|i'll|me|my|myself|mine)\b/gi;
export const secondPerson = /\b(you|you're|you've|you'd|you'll|your|yourself)\b/gi;
