import { PageHeading } from '@/components/ui/page-heading';
import { MyProfile } from '@/features/clients/components/my-profile';

/** `/profile`: «Мой профиль» of the logged-in client. */
export function ProfileRoute() {
  return (
    <>
      <PageHeading>Мой профиль</PageHeading>
      <MyProfile />
    </>
  );
}
