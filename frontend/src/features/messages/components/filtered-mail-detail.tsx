import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useFilteredMailDetail } from '../api/filtered-mail-detail-query';
import { useRegisterFilteredMail } from '../api/register-filtered-mail-mutation';
import { MutationProblem } from './mutation-problem';

type Props = {
  id: string;
  /** Where a registered message opens. */
  messageHref: (id: string) => string;
};

/** One filtered mail in full, with the way to register it if the filter was wrong. */
export function FilteredMailDetail({ id, messageHref }: Props) {
  const detail = useFilteredMailDetail(id);
  const register = useRegisterFilteredMail();

  if (detail.isPending) return <Loading label="Загружаем письмо…" />;
  if (detail.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить письмо">
        {describeError(detail.error)}
      </Alert>
    );
  }

  const { mail, text, attachments = [] } = detail.data;
  const registeredId = register.data?.id ?? mail?.messageId;
  return (
    <section aria-labelledby="filtered-mail-heading">
      <h2 id="filtered-mail-heading">{mail?.subject || '(без темы)'}</h2>
      <p>
        От: {mail?.fromName}
        {mail?.fromAddress && ` <${mail.fromAddress}>`}
      </p>
      <p>Почему не стало обращением: {mail?.reason}</p>
      <div className="message-text">{text || '(текст письма не сохранился)'}</div>
      {attachments.length > 0 && (
        <>
          <h3>Вложения</h3>
          <ul>
            {attachments.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {registeredId ? (
        <Alert tone="success" title="Письмо зарегистрировано как обращение">
          {register.data?.registrationNumber && (
            <>
              Регистрационный номер <strong>{register.data.registrationNumber}</strong>.{' '}
            </>
          )}
          <Link to={messageHref(String(registeredId))}>Открыть обращение</Link>
        </Alert>
      ) : (
        <>
          <p>
            Если фильтр ошибся и это настоящее обращение, зарегистрируйте его: отправителю уйдёт
            первичный ответ с номером и сроком.
          </p>
          <button
            type="button"
            className="button"
            disabled={register.isPending}
            onClick={() => register.mutate(id)}
          >
            Зарегистрировать как обращение
          </button>
          <MutationProblem error={register.error} title="Письмо не зарегистрировано" />
        </>
      )}
    </section>
  );
}
