import type { BridgeRead } from '../api/rollups.queries.ts';

type Bridge = NonNullable<BridgeRead['current']>['value'];

/** The bridge's sections with the headings the client reads (first person, like the text itself). */
export const BRIDGE_SECTIONS = [
  ['concerns', 'What I am dealing with'],
  ['progress', 'What is getting better'],
  ['goals', 'What I am working towards, and how you can help'],
] as const satisfies readonly (readonly [keyof Bridge, string])[];

/** Plain text of the bridge for copying into a message or saving as a file. */
export function bridgeAsText(bridge: Bridge): string {
  return BRIDGE_SECTIONS.map(([key, title]) => `${title}\n${bridge[key].map((l) => `- ${l}`).join('\n')}`).join('\n\n');
}
