import type { SessionSummaryView } from '../api/view-models.ts';
import { useClientProgress } from '../api/progress.queries.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { MoodChart } from './mood-chart.tsx';
import { QuestionnaireCard } from './questionnaire-card.tsx';
import { SkillProfile } from './skill-profile.tsx';
import { TopicsOverTime } from './topics-over-time.tsx';

/** The right-hand column of the client page: trends across the client's sessions. */
export function ClientProgress({ clientId, sessions }: { clientId: string; sessions: SessionSummaryView[] }) {
  const progress = useClientProgress(clientId);
  return (
    <div className="stack">
      {progress.isPending ? (
        <Loading label="Loading progress…" />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <MoodChart
            points={progress.data.mood.points.map((p) => ({ date: p.at.slice(5, 10), score: p.value }))}
            direction={progress.data.mood.direction}
          />
          <QuestionnaireCard items={progress.data.questionnaires} />
          <p className="muted small">
            Attendance: {progress.data.attendance.sessions} sessions
            {progress.data.attendance.medianGapDays !== null &&
              `, usually every ${progress.data.attendance.medianGapDays} days`}
            .
          </p>
        </>
      )}
      <TopicsOverTime sessions={sessions} />
      <SkillProfile sessions={sessions} />
    </div>
  );
}
