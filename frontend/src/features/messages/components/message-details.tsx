import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useMessage } from '../api/message-query';
import { channelLabel, clientTypeLabels } from '../labels';
import { StatusBadge } from './status-badge';

/** One message as staff see it: registration data, the author's contacts and the full text. */
export function MessageDetails({
  id,
  clientHref,
}: {
  id: string;
  /** Where the client's name leads (the staff client card). */
  clientHref?: (clientId: string) => string;
}) {
  const message = useMessage(id);

  if (message.isPending) return <Loading label="Загружаем обращение…" />;
  if (message.isError) {
    const notFound = message.error instanceof ProblemError && message.error.status === 404;
    return (
      <>
        <PageHeading>{notFound ? 'Обращение не найдено' : 'Ошибка загрузки'}</PageHeading>
        <Alert tone="error">{describeError(message.error)}</Alert>
      </>
    );
  }

  const m = message.data;
  return (
    <article className="message-details">
      <PageHeading>{`Обращение № ${m.registrationNumber ?? ''}`}</PageHeading>
      <dl className="details details-grid">
        <div>
          <dt>Статус</dt>
          <dd>
            <StatusBadge status={m.status} />
          </dd>
        </div>
        <div>
          <dt>Поступило</dt>
          <dd>
            {m.receivedAt && <time dateTime={m.receivedAt}>{formatDateTime(m.receivedAt)}</time>}
          </dd>
        </div>
        <div>
          <dt>Срок ответа</dt>
          <dd>
            {m.dueAt && <time dateTime={m.dueAt}>{formatDateTime(m.dueAt)}</time>}
            {m.dueProvisional && <span className="muted"> (предварительный)</span>}
          </dd>
        </div>
        <div>
          <dt>Заявитель</dt>
          <dd>{m.name}</dd>
        </div>
        <div>
          <dt>Клиент</dt>
          <dd data-testid="message-client">
            {m.client ? (
              <>
                {clientHref && m.client.id ? (
                  <Link to={clientHref(String(m.client.id))}>{m.client.name}</Link>
                ) : (
                  m.client.name
                )}
                {' · '}
                {clientTypeLabels[m.client.type ?? 'person']}
                {m.client.inn ? ` · ИНН ${m.client.inn}` : ''}
                {m.client.unitName ? ` · ${m.client.unitName}` : ''}
              </>
            ) : (
              'не установлен'
            )}
          </dd>
        </div>
        <div>
          <dt>Электронная почта</dt>
          <dd>{m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : '—'}</dd>
        </div>
        <div>
          <dt>Телефон</dt>
          <dd>{m.phone ? <a href={`tel:${m.phone.replace(/[^\d+]/g, '')}`}>{m.phone}</a> : '—'}</dd>
        </div>
        <div>
          <dt>Почтовый адрес</dt>
          <dd>{m.postalAddress || '—'}</dd>
        </div>
        <div>
          <dt>Способ ответа</dt>
          <dd>{channelLabel(m.preferredChannel)}</dd>
        </div>
        <div>
          <dt>Дублировать ответ</dt>
          <dd>{m.additionalChannel ? channelLabel(m.additionalChannel) : '—'}</dd>
        </div>
      </dl>
      <section aria-labelledby="message-text-title">
        <h2 id="message-text-title">Текст обращения</h2>
        <div className="message-text" data-testid="message-text">
          {m.text}
        </div>
      </section>
    </article>
  );
}
