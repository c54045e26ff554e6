import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { describeError } from '@/lib/api-client';
import { useMyProfile } from '../api/my-profile-query';
import { useUpdateMyProfile } from '../api/update-my-profile-mutation';
import { profileRequestOf } from '../form-values';
import { ClientForm } from './client-form';

/** «Мой профиль»: the logged-in client's own data; it prefills the message form. */
export function MyProfile() {
  const profile = useMyProfile();
  const update = useUpdateMyProfile();

  if (profile.isPending) return <Loading label="Загружаем профиль…" />;
  if (profile.isError) {
    return (
      <Alert tone="error" title="Не удалось загрузить профиль">
        {describeError(profile.error)}
      </Alert>
    );
  }
  return (
    <>
      <p className="lead">
        Эти данные подставляются в форму обращения. Способ связи, выбранный здесь, мы используем для
        ответов.
      </p>
      <ClientForm
        mode="profile"
        client={profile.data}
        submitLabel="Сохранить профиль"
        onSave={(request) => update.mutateAsync(profileRequestOf(request))}
      />
    </>
  );
}
