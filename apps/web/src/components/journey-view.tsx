import type { JourneyRead } from '../api/rollups.queries.ts';
import { formatDay } from '../session/analysis-types.ts';

type Journey = NonNullable<JourneyRead['current']>;

const SECTIONS = [
  ['progress', 'Progress'],
  ['strategies', 'What helps'],
  ['patterns', 'Patterns noticed'],
  ['focus', 'Focus now'],
  ['longTermGoals', 'Long-term goals'],
] as const;

/** A journey version: summary, current focus, achievements and the five sections, with who drafted it. */
export function JourneyView({ journey, headingLevel = 3 }: { journey: Journey; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const j = journey.value;
  return (
    <div className="stack journey">
      <p>{j.summary}</p>
      <p>
        <strong>Current focus:</strong> {j.currentFocus}
      </p>
      {j.achievements.length > 0 && (
        <div>
          <H>Achievements</H>
          <ul>
            {j.achievements.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid journey-sections">
        {SECTIONS.map(([key, title]) => (
          <div key={key}>
            <H>{title}</H>
            <ul>
              {j.sections[key].map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="muted small">
        Updated {formatDay(journey.createdAt, 'medium')} · {journey.label}
      </p>
    </div>
  );
}
