import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { focusHeadingNow, PageHeading } from '@/components/ui/page-heading';
import { LineStatusPanel } from '@/features/calendar/components/line-status-panel';
import { MessageForm } from '@/features/messages/components/message-form';
import { SubmissionReceipt } from '@/features/messages/components/submission-receipt';
import type { MessageReceipt } from '@/features/messages/api/types';
import { useMyProfile } from '@/features/clients/api/my-profile-query';
import { CLIENT_ROLES, hasAnyRole, useAuth } from '@/lib/auth';

/** `/`: the public portal page with the message form; the consultation line's hours beside it. */
export function HomeRoute() {
  const [receipt, setReceipt] = useState<MessageReceipt | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      <PageHeading>Написать обращение</PageHeading>
      <div className="portal-layout">
        <LineStatusPanel />
        <div className="portal-main">
          {receipt ? (
            <SubmissionReceipt
              receipt={receipt}
              onWriteAnother={() => {
                setReceipt(null);
                setFormKey((key) => key + 1);
                requestAnimationFrame(() => focusHeadingNow());
              }}
            />
          ) : (
            <>
              <p className="lead">
                Обращение зарегистрируют, сообщат вам регистрационный номер и срок ответа. Ответ
                придёт выбранным вами способом.
              </p>
              <p>
                Чтобы получать ответы в личном кабинете и видеть все свои обращения, откройте раздел{' '}
                <Link to="/my">«Мои обращения»</Link> — потребуется вход.
              </p>
              <PrefilledMessageForm key={formKey} onSubmitted={setReceipt} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** A logged-in client's profile prefills contacts and channels; anyone else starts empty. */
function PrefilledMessageForm({ onSubmitted }: { onSubmitted: (receipt: MessageReceipt) => void }) {
  const auth = useAuth();
  const isClient = hasAnyRole(auth.roles, CLIENT_ROLES);
  const profile = useMyProfile({ enabled: isClient });
  if (isClient && profile.isPending) return <Loading label="Загружаем ваш профиль…" />;
  const p = isClient ? profile.data : undefined;
  const defaults = p && {
    name: p.name ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    postalAddress: p.postalAddress ?? '',
    preferredChannel: p.preferredChannel ?? '',
    additionalChannel: p.additionalChannel ?? '',
  };
  return <MessageForm onSubmitted={onSubmitted} defaults={defaults} />;
}
