import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useWorkflow } from '../api/workflow-query';
import { AnswerEditor } from './answer-editor';
import { AssignmentForm } from './assignment-form';
import { ClarificationForm } from './clarification-form';
import { ExtensionForm } from './extension-form';
import { InadmissibleForm } from './inadmissible-form';
import { MessageStory } from './message-story';
import { RedirectForm } from './redirect-form';
import { TriagePanel } from './triage-panel';

/**
 * The work on one message: triage, assignment and the actions its status allows (from the
 * server's `nextStatuses`, so the screen never offers a step the API would refuse), then the story.
 */
export function MessageWorkflowPanel({ id }: { id: string }) {
  const workflow = useWorkflow(id);
  if (workflow.isPending) return <Loading label="Загружаем ход работы…" />;
  if (workflow.isError) return <Alert tone="error">{describeError(workflow.error)}</Alert>;

  const w = workflow.data;
  const next = new Set(w.nextStatuses ?? []);
  const open = ['registered', 'acknowledged', 'in_work', 'awaiting_clarification'].includes(
    w.status ?? '',
  );
  const working = w.status === 'in_work' || w.status === 'awaiting_clarification';

  return (
    <div className="message-workflow">
      {w.overdue && (
        <Alert tone="error" title="Срок ответа истёк">
          Срок был {w.dueAt ? formatDateTime(w.dueAt) : '—'}.
        </Alert>
      )}
      {!w.workable && open && (
        <Alert tone="info">
          Обращение назначено другому исполнителю: действия доступны ему и руководителю.
        </Alert>
      )}
      {open && <TriagePanel key={`triage-${w.version}`} id={id} workflow={w} />}
      {open && <AssignmentForm key={`assign-${w.version}`} id={id} workflow={w} />}
      {working && w.workable && (
        <ClarificationForm key={`clar-${w.version}`} id={id} workflow={w} />
      )}
      {next.has('answered') && w.workable && (
        <AnswerEditor key={`answer-${w.version}`} id={id} workflow={w} />
      )}
      {next.has('redirected') && w.workable && (
        <RedirectForm key={`redirect-${w.version}`} id={id} workflow={w} />
      )}
      {next.has('inadmissible') && w.workable && (
        <InadmissibleForm key={`inadm-${w.version}`} id={id} workflow={w} />
      )}
      {open && w.workable && <ExtensionForm key={`ext-${w.version}`} id={id} workflow={w} />}
      <MessageStory id={id} />
    </div>
  );
}
