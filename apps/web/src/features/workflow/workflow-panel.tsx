import type { DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePagedList } from '../../lib/use-paged-list';
import { NextMove } from './next-move';
import { StageStepper } from './stage-stepper';
import { TransitionTimeline } from './transition-timeline';
import { useWorkflow } from './use-workflow';
import { WorkflowRecord } from './workflow-record';
import { listTransitions } from './workflow-api';
import './workflow-panel.css';

interface WorkflowPanelProps {
  draft: DraftView;
  /** Changes whenever the text or the negotiation moved (live events included): the checklist and history are read again. */
  version: number;
  /** After this person moved the draft: its rights follow the new stage. */
  onMoved: () => void;
}

/** The draft's stage on the six-stage path, its rounds, revisions and decision, what each possible move still needs, the secretariat's move forms, and the history. */
export function WorkflowPanel({ draft, version, onMoved }: WorkflowPanelProps) {
  return <WorkflowBody key={draft.id} draft={draft} version={version} onMoved={onMoved} />;
}

function WorkflowBody({ draft, version, onMoved }: WorkflowPanelProps) {
  const [ownMoves, setOwnMoves] = useState(0);
  // The checklist counts the live text, which observers of a closed session may not read.
  const readable = draft.myActions.includes('text.read');
  const mayMove = draft.myActions.includes('draft.transition');
  const refreshKey = `${draft.stage}:${version}:${ownMoves}`;
  const workflow = useWorkflow(draft.id, readable, refreshKey);
  const fetchPage = useCallback((cursor: string | undefined) => listTransitions(draft.id, cursor), [draft.id]);
  const history = usePagedList(fetchPage, { loadAll: true });
  const { reload } = history;
  const seen = useRef(refreshKey);
  useEffect(() => {
    // The first key is the initial load, already under way.
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);

  const moved = () => {
    setOwnMoves((n) => n + 1);
    onMoved();
  };
  const view = workflow.view;

  return (
    <section aria-labelledby="workflow-heading" className="panel workflow">
      <h2 id="workflow-heading">Workflow</h2>
      <StageStepper stage={draft.stage} />
      <WorkflowRecord draftId={draft.id} refreshKey={refreshKey} />
      {workflow.error ? (
        <p role="alert" className="alert">
          {workflow.error}
        </p>
      ) : null}
      {view && view.next.length === 0 ? <p className="muted">Review is the final stage: the draft moves no further.</p> : null}
      {view && view.next.length > 0 ? (
        <ol className="workflow__moves" aria-label="Where the draft may go">
          {view.next.map((move) => (
            <NextMove key={`${view.stage}:${move.to}`} draftId={draft.id} from={view.stage} to={move.to} guards={move.guards} mayMove={mayMove} onMoved={moved} />
          ))}
        </ol>
      ) : null}
      <TransitionTimeline history={history} />
    </section>
  );
}
