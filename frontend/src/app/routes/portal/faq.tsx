import { PageHeading } from '@/components/ui/page-heading';
import { KnowledgeSearch } from '@/features/knowledge/components/knowledge-search';

/** `/faq`: the public FAQ search of the portal. */
export function FaqRoute() {
  return (
    <>
      <PageHeading>Частые вопросы</PageHeading>
      <p className="lead">
        Ответы департамента на частые вопросы. Не нашли ответа — напишите обращение или позвоните на
        консультационную линию.
      </p>
      <KnowledgeSearch scope="portal" articleHref={(id) => `/faq/${id}`} />
    </>
  );
}
