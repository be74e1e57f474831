import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useSubmitQuestionnaire } from '../api/portal.queries.ts';
import { ErrorState } from '../components/states.tsx';
import { QuestionnaireForm } from './questionnaire-form.tsx';
import type { QuestionnaireKind } from './questionnaire-items.ts';

export function QuestionnairesPage() {
  const [kind, setKind] = useState<QuestionnaireKind>('phq9');
  const submit = useSubmitQuestionnaire();
  return (
    <main className="page narrow" id="main">
      <p className="muted small">
        <Link to="/my">My space</Link> /
      </p>
      <h1>Questionnaires</h1>
      <div className="row" role="group" aria-label="Choose a questionnaire">
        <button type="button" aria-pressed={kind === 'phq9'} onClick={() => setKind('phq9')}>
          Mood (PHQ-9)
        </button>
        <button type="button" aria-pressed={kind === 'gad7'} onClick={() => setKind('gad7')}>
          Anxiety (GAD-7)
        </button>
      </div>
      {submit.isSuccess ? (
        <div className="alert info" role="status">
          <p>
            Thank you. Your score is <strong>{submit.data.total}</strong> ({submit.data.severity}). Your therapist will
            see it before your next session.
          </p>
          <button type="button" onClick={() => submit.reset()}>
            Fill another
          </button>
        </div>
      ) : (
        <QuestionnaireForm
          key={kind}
          kind={kind}
          submitting={submit.isPending}
          onSubmit={(answers) => submit.mutate({ kind, answers })}
        />
      )}
      {submit.error && <ErrorState error={submit.error} />}
      <p className="muted small">
        If you are in crisis or thinking about harming yourself, call or text 988 (US) or your local emergency number
        now.
      </p>
    </main>
  );
}
