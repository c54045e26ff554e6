import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { describeError } from '@/lib/api-client';
import { analyseDraft } from '../api/analyse-draft';
import { fetchAnswerDraft } from '../api/answer-draft';
import { useAnswerMessage } from '../api/answer-mutation';
import { useKbSearch } from '../api/kb-search-query';
import type { AnswerRequest, MessageWorkflow, TextAnalysis } from '../api/types';
import { MutationProblem } from './mutation-problem';

type PlainLanguage = NonNullable<TextAnalysis['plainLanguage']>;

/**
 * §13–§16: the answer or refusal. Templates come from the knowledge base with the message's data
 * filled in; the plain-language check runs on demand; a refusal needs plain grounds (§14).
 */
export function AnswerEditor({ id, workflow }: { id: string; workflow: MessageWorkflow }) {
  const [kind, setKind] = useState<AnswerRequest['kind']>('answer');
  const [text, setText] = useState('');
  const [groundsPlain, setGrounds] = useState('');
  const [q, setQ] = useState('');
  const [check, setCheck] = useState<PlainLanguage | null>(null);
  const [helperError, setHelperError] = useState<unknown>(null);
  const search = useKbSearch(q);
  const answer = useAnswerMessage(id);

  // What the server said about a refusal, and a check of refusal text with its grounds, no longer
  // describe the draft once its kind changes; left on screen they would block an answer that is fine.
  function changeKind(next: AnswerRequest['kind']) {
    if (next === kind) return;
    setKind(next);
    setCheck(null);
    answer.reset();
  }

  async function insertTemplate(articleId: string) {
    setHelperError(null);
    try {
      const draft = await fetchAnswerDraft(id, articleId);
      setText((current) => (current ? `${current}\n\n${draft.text ?? ''}` : (draft.text ?? '')));
    } catch (error) {
      setHelperError(error);
    }
  }

  async function checkPlainLanguage() {
    setHelperError(null);
    try {
      const full = kind === 'refusal' ? `${text}\n\n${groundsPlain}` : text;
      setCheck((await analyseDraft(full)).plainLanguage ?? null);
    } catch (error) {
      setHelperError(error);
    }
  }

  return (
    <section aria-labelledby="answer-title">
      <h2 id="answer-title">Ответ</h2>
      <div className="search-form">
        <label className="form-label" htmlFor="answer-kb">
          Поиск в базе знаний
        </label>
        <input
          id="answer-kb"
          type="search"
          className="input"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {search.data?.hits && search.data.hits.length > 0 && (
        <ul className="search-results" aria-label="Материалы базы знаний">
          {search.data.hits.map((hit) => (
            <li key={hit.id} className="search-hit">
              <span className="search-hit-title">{hit.title}</span>{' '}
              <button
                type="button"
                className="button button-link"
                onClick={() => void insertTemplate(String(hit.id))}
              >
                Вставить «{hit.title}»
              </button>
            </li>
          ))}
        </ul>
      )}

      <form
        aria-label="Ответ клиенту"
        onSubmit={(event) => {
          event.preventDefault();
          answer.mutate({
            kind,
            text,
            groundsPlain: kind === 'refusal' ? groundsPlain : undefined,
            version: workflow.version,
          });
        }}
      >
        <fieldset className="radios">
          <legend>Вид ответа</legend>
          <label className="radio">
            <input
              type="radio"
              name="answer-kind"
              checked={kind === 'answer'}
              onChange={() => changeKind('answer')}
            />{' '}
            Ответ по существу
          </label>
          <label className="radio">
            <input
              type="radio"
              name="answer-kind"
              checked={kind === 'refusal'}
              onChange={() => changeKind('refusal')}
            />{' '}
            Отказ
          </label>
        </fieldset>
        <div className="form-field">
          <label className="form-label" htmlFor="answer-text">
            Текст ответа
          </label>
          <textarea
            id="answer-text"
            className="textarea"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {kind === 'refusal' && (
          <div className="form-field">
            <label className="form-label" htmlFor="answer-grounds">
              Основания отказа простыми словами (§14)
            </label>
            <p className="form-hint" id="answer-grounds-hint">
              Клиент должен понять причину, не читая законов: ссылка на статью — не объяснение.
            </p>
            <textarea
              id="answer-grounds"
              aria-describedby="answer-grounds-hint"
              className="textarea textarea-small"
              value={groundsPlain}
              onChange={(e) => setGrounds(e.target.value)}
            />
          </div>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void checkPlainLanguage()}
          >
            Проверить простоту языка
          </button>
          <button type="submit" className="button" disabled={answer.isPending}>
            {kind === 'refusal' ? 'Отправить отказ' : 'Отправить ответ'}
          </button>
        </div>
      </form>
      {check && (
        <Alert tone={check.blocked ? 'error' : 'info'} title="Простота языка">
          <p>
            Удобочитаемость: {check.readability} ({check.level}).{' '}
            {check.blocked && 'Отказ обоснован только ссылками на нормы — так отправлять нельзя.'}
          </p>
          {check.remarks && check.remarks.length > 0 && (
            <ul aria-label="Замечания к тексту">
              {check.remarks.map((r, i) => (
                <li key={i}>
                  {r.fragment && <>«{r.fragment}»: </>}
                  {r.message}
                  {r.suggestion && <> — {r.suggestion}</>}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {helperError != null && <Alert tone="error">{describeError(helperError)}</Alert>}
      <MutationProblem error={answer.error} title="Ответ не отправлен" />
    </section>
  );
}
