import type { RiskFlag } from '../contracts/risk.contract.ts';
import type { Turn } from '../analysis/session-context.ts';

/**
 * Means, preparation and rehearsal said plainly: "my mum's pills, I counted them", "the rifle's in the
 * cabinet, I took it down and just held it", "they'd get the life insurance". On their own these are ordinary
 * words (farm guns, dosette boxes, mortgages); said in a session where the client has voiced suicidal thoughts
 * they are what a clinician reads as a plan, so they raise the session to high.
 */
const meansCue = new RegExp(
  [
    String.raw`\b(pills|tablets|meds|paracetamol|painkillers|sleeping pills|insulin)\b.{0,80}\b(counted|count them|saving|saved|stockpil\w*|hoard\w*|how many|enough to)\b`,
    String.raw`\b(counted|saving up|saved up|stockpil\w*|hoard\w*)\b.{0,40}\b(pills|tablets|meds)\b`,
    String.raw`\b(rifle|gun|shotgun|firearm|pistol)\b`,
    String.raw`\b(rope|noose|ligature)\b`,
    String.raw`\b(bridge|ledge|cliff|rooftop|multi-?storey|train line|train tracks|railway line)\b`,
    String.raw`\b(just )?held it\b`,
    String.raw`\b(life insurance|the policy|the payout)\b`,
    String.raw`\b(wrote|written|writing|drafted) (a |the |some |my )?(letters?|notes?|goodbyes?)\b`,
    String.raw`\blooked (it )?up how\b`,
  ].join('|'),
);

const ideation = new Set<RiskFlag['type']>(['passive_suicidal_ideation', 'active_suicidal_ideation']);

/**
 * Client turns that mention means or preparation in a session with suicidal ideation among `flags`, as high
 * active-ideation flags quoting the turn. Turns, not sentences: "my mum's pills. they're in the bathroom. I
 * counted them" spreads one disclosure over three fragments.
 */
export function meansFlags(turns: readonly Turn[], flags: readonly RiskFlag[]): RiskFlag[] {
  if (!flags.some((f) => ideation.has(f.type))) return [];
  return turns
    .filter((t) => t.role === 'client' && meansCue.test(t.lower.replace(/['’]/g, '')))
    .map((t) => ({ type: 'active_suicidal_ideation', severity: 'high', start: t.start, end: t.end, quote: t.text }));
}
