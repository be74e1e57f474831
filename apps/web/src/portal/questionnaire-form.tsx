import { useState } from 'react';
import { answerLabels, questionnaireItems, type QuestionnaireKind } from './questionnaire-items.ts';

interface Props {
  kind: QuestionnaireKind;
  submitting: boolean;
  onSubmit: (answers: number[]) => void;
}

/** One questionnaire as radio groups (fully keyboard operable); submit is enabled once every item is answered. */
export function QuestionnaireForm({ kind, submitting, onSubmit }: Props) {
  const q = questionnaireItems[kind];
  const [answers, setAnswers] = useState<(number | null)[]>(() => q.items.map(() => null));
  const complete = answers.every((a) => a !== null);
  return (
    <form
      className="card questionnaire"
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onSubmit(answers.map((a) => a ?? 0));
      }}
    >
      <h2>{q.title}</h2>
      <p>{q.intro}</p>
      {q.items.map((item, i) => (
        <fieldset key={item}>
          <legend>
            {i + 1}. {item}
          </legend>
          <div className="row">
            {answerLabels.map((label, value) => (
              <label key={label} className="choice">
                <input
                  type="radio"
                  name={`${kind}-${i}`}
                  value={value}
                  checked={answers[i] === value}
                  onChange={() => setAnswers(answers.map((a, j) => (j === i ? value : a)))}
                />{' '}
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="primary" disabled={!complete || submitting}>
        {submitting ? 'Sending…' : 'Send to my therapist'}
      </button>
    </form>
  );
}
