import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { describeError, ProblemError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useMessage } from '../api/message-query';
import { channelLabel, clientTypeLabels, intakeChannelLabel, kindLabel } from '../labels';
import { AttachmentList } from './attachment-list';
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
          <dt>Вид</dt>
          <dd>{kindLabel(m.kind)}</dd>
        </div>
        <div>
          <dt>Как поступило</dt>
          <dd>
            {intakeChannelLabel(m.intakeChannel)}
            {m.senderReference && <span className="muted"> ({m.senderReference})</span>}
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
      <section aria-labelledby="message-files-title">
        <h2 id="message-files-title">Файлы</h2>
        <AttachmentList messageId={id} files={m.attachments ?? []} label="Файлы обращения" />
      </section>
      {m.correspondence && (
        <section aria-labelledby="message-correspondence-title">
          <h2 id="message-correspondence-title">Входящая переписка</h2>
          {m.correspondence.length === 0 ? (
            <p className="muted">Писем по обращению не было.</p>
          ) : (
            <ol className="correspondence">
              {m.correspondence.map((letter) => (
                <li key={letter.id}>
                  <h3>
                    {letter.subject || 'Без темы'}
                    {letter.automatic && <span className="muted"> (автоматическое)</span>}
                  </h3>
                  <p className="muted">
                    {letter.receivedAt && (
                      <time dateTime={letter.receivedAt}>{formatDateTime(letter.receivedAt)}</time>
                    )}
                    {' — '}
                    {letter.fromName}
                    {letter.fromAddress && ` <${letter.fromAddress}>`}
                  </p>
                  <div className="message-text">{letter.text}</div>
                  {(letter.attachments ?? []).length > 0 && (
                    <AttachmentList
                      messageId={id}
                      files={letter.attachments ?? []}
                      label={`Файлы письма «${letter.subject || 'Без темы'}»`}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </article>
  );
}
