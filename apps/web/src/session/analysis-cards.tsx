import { MoodBadge } from '../components/mood.tsx';
import type { SessionAnalysisView } from './analysis-types.ts';
import { formatTime } from './analysis-types.ts';
import { EvidenceList } from './evidence-list.tsx';

const pct = (n: number): string => `${Math.round(n * 100)}%`;

/** The Wave 1 results of one session as cards; cards whose stage has not finished are left out. */
export function AnalysisCards({ a, onJump }: { a: SessionAnalysisView; onJump: (seconds: number) => void }) {
  return (
    <div className="analysis-cards stack">
      {a.summary && (
        <section className="card" aria-labelledby="card-summary">
          <h3 id="card-summary">Summary</h3>
          <p>{a.summary}</p>
        </section>
      )}
      {a.mood && (
        <section className="card" aria-labelledby="card-mood">
          <h3 id="card-mood">
            Mood <MoodBadge score={a.mood.score} />
          </h3>
          <p>
            <strong>{a.mood.tone}.</strong> {a.mood.rationale}
          </p>
          <ul className="chips">
            {a.mood.indicators.map((i) => (
              <li key={i} className="badge">
                {i}
              </li>
            ))}
          </ul>
          <EvidenceList evidence={a.mood.evidence} onJump={onJump} />
        </section>
      )}
      {a.breakthrough && (
        <section className="card breakthrough" aria-labelledby="card-breakthrough">
          <h3 id="card-breakthrough">
            <span aria-hidden="true">★</span> Breakthrough: {a.breakthrough.label}
          </h3>
          <p>{a.breakthrough.description}</p>
          <EvidenceList evidence={a.breakthrough.evidence} onJump={onJump} />
        </section>
      )}
      {a.topics && a.topics.length > 0 && (
        <section className="card" aria-labelledby="card-topics">
          <h3 id="card-topics">Topics</h3>
          <ul className="chips">
            {a.topics.map((t) => (
              <li key={t.id} className="badge">
                {t.label} <span className="muted">{pct(t.confidence)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {a.actionItems && (
        <section className="card" aria-labelledby="card-homework">
          <h3 id="card-homework">Homework</h3>
          {a.actionItems.length === 0 ? (
            <p className="muted">No homework was agreed in this session.</p>
          ) : (
            <ul>
              {a.actionItems.map((h, i) => (
                <li key={i}>
                  {h.text}{' '}
                  <button type="button" className="link-button" onClick={() => onJump(h.start)}>
                    {formatTime(h.start)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {a.technique !== undefined && (
        <section className="card" aria-labelledby="card-technique">
          <h3 id="card-technique">Technique</h3>
          {a.technique === null ? (
            <p className="muted">No specific technique identified.</p>
          ) : (
            <>
              <p>
                <strong>{a.technique.label}</strong> <span className="muted">({pct(a.technique.confidence)})</span>
              </p>
              <EvidenceList evidence={a.technique.evidence} onJump={onJump} />
            </>
          )}
        </section>
      )}
      {a.metrics && (
        <section className="card" aria-labelledby="card-metrics">
          <h3 id="card-metrics">Session metrics</h3>
          <dl className="metrics">
            <dt>Duration</dt>
            <dd>{formatTime(a.metrics.durationSeconds)}</dd>
            <dt>Talk share (therapist / client)</dt>
            <dd>
              {pct(a.metrics.therapistTalkShare)} / {pct(a.metrics.clientTalkShare)}
            </dd>
            <dt>Turns</dt>
            <dd>{a.metrics.turns}</dd>
            <dt>Longest client turn</dt>
            <dd>{formatTime(a.metrics.longestClientTurnSeconds)}</dd>
          </dl>
        </section>
      )}
      {a.miSkills && (
        <section className="card" aria-labelledby="card-mi">
          <h3 id="card-mi">Counselling skills</h3>
          <dl className="metrics">
            <dt>Reflections (complex)</dt>
            <dd>
              {a.miSkills.reflections} ({a.miSkills.complexReflections})
            </dd>
            <dt>Questions (open)</dt>
            <dd>
              {a.miSkills.questions}
              {a.miSkills.percentOpenQuestions !== null && ` (${Math.round(a.miSkills.percentOpenQuestions)}% open)`}
            </dd>
            <dt>Reflection : question</dt>
            <dd>{a.miSkills.reflectionToQuestionRatio?.toFixed(2) ?? '—'}</dd>
            <dt>Change talk / sustain talk</dt>
            <dd>
              {a.miSkills.changeTalk} / {a.miSkills.sustainTalk}
            </dd>
          </dl>
        </section>
      )}
      {a.provider && <p className="muted small">Analysed by: {a.provider}</p>}
    </div>
  );
}
