import { useState } from 'react';
import { useAssignMessage } from '../api/assign-mutation';
import type { MessageWorkflow } from '../api/types';
import { MutationProblem } from './mutation-problem';

/** A head assigns within their unit; operators and administrators anywhere. */
export function AssignmentForm({ id, workflow }: { id: string; workflow: MessageWorkflow }) {
  const [departmentCode, setDepartment] = useState(
    workflow.departmentCode ?? workflow.suggestion?.departmentCode ?? '',
  );
  const [executor, setExecutor] = useState(workflow.executor ?? '');
  const assign = useAssignMessage(id);
  return (
    <form
      aria-labelledby="assignment-title"
      onSubmit={(event) => {
        event.preventDefault();
        assign.mutate({ departmentCode, executor, version: workflow.version });
      }}
    >
      <h2 id="assignment-title">Исполнитель</h2>
      <div className="form-field">
        <label className="form-label" htmlFor="assign-department">
          Подразделение (код)
        </label>
        <input
          id="assign-department"
          className="input"
          value={departmentCode}
          onChange={(e) => setDepartment(e.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="form-label" htmlFor="assign-executor">
          Исполнитель (учётная запись)
        </label>
        <input
          id="assign-executor"
          className="input"
          value={executor}
          onChange={(e) => setExecutor(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={assign.isPending}>
          Назначить
        </button>
      </div>
      <MutationProblem error={assign.error} title="Не назначено" />
    </form>
  );
}
