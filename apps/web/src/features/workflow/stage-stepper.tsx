import { STAGES, type Stage } from '@treaty/domain';
import { STAGE_LABELS } from '../drafts/draft-labels';

const MARKS = { done: '✓', current: '●', ahead: '○' } as const;
const SPOKEN = { done: 'done', current: 'current stage', ahead: 'ahead' } as const;

/** The six stages in order, the current one marked in words and weight as well as colour. */
export function StageStepper({ stage }: { stage: Stage }) {
  const at = STAGES.indexOf(stage);
  return (
    <ol className="stepper" aria-label="Stages of the draft">
      {STAGES.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'ahead';
        return (
          <li key={step} className={`stepper__step stepper__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="stepper__mark" aria-hidden="true">
              {MARKS[state]}
            </span>
            {STAGE_LABELS[step]}
            <span className="visually-hidden"> ({SPOKEN[state]})</span>
          </li>
        );
      })}
    </ol>
  );
}
