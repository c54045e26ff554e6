import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { describeError, ProblemError } from '@/lib/api-client';
import { useClient } from '../api/client-query';
import { useSaveClient } from '../api/save-client-mutation';
import { clientTypeLabel } from '../labels';
import { ClientForm } from './client-form';

/** A client card for staff: who they are and how to reach them, editable in place. */
export function ClientCard({ id }: { id: string }) {
  const client = useClient(id);
  const save = useSaveClient();

  if (client.isPending) return <Loading label="Загружаем карточку клиента…" />;
  if (client.isError) {
    const notFound = client.error instanceof ProblemError && client.error.status === 404;
    return (
      <>
        <PageHeading>{notFound ? 'Клиент не найден' : 'Ошибка загрузки'}</PageHeading>
        <Alert tone="error">{describeError(client.error)}</Alert>
      </>
    );
  }
  const c = client.data;
  return (
    <article>
      <PageHeading>{c.name ?? 'Клиент'}</PageHeading>
      <p className="muted">
        {clientTypeLabel(c.type)}
        {c.inn ? ` · ИНН ${c.inn}` : ''}
        {c.ogrn ? ` · ОГРН ${c.ogrn}` : ''}
        {c.unitName ? ` · ${c.unitName}` : ''}
      </p>
      <ClientForm
        key={c.updatedAt}
        mode="staff"
        client={c}
        submitLabel="Сохранить карточку"
        onSave={(body) => save.mutateAsync({ id, body })}
      />
    </article>
  );
}

/** A new client card, registered by staff (a paper letter, a visitor, an internal client). */
export function NewClientForm({ onCreated }: { onCreated: (id: string) => void }) {
  const save = useSaveClient();
  return (
    <ClientForm
      mode="staff"
      submitLabel="Зарегистрировать клиента"
      onSave={async (body) => {
        const created = await save.mutateAsync({ body });
        if (created.id) onCreated(String(created.id));
      }}
    />
  );
}
