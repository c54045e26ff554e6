import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import type { MessageReceipt } from '@/features/messages/api/types';
import { DocumentRegistrationForm } from '@/features/messages/components/document-registration-form';

/** `/staff/registrations/new`: «Регистрация документа» for paper letters and documents handed in. */
export function RegisterDocumentRoute() {
  const [receipt, setReceipt] = useState<MessageReceipt | null>(null);
  return (
    <>
      <PageHeading>Регистрация документа</PageHeading>
      {receipt ? (
        <>
          <Alert tone="success" title="Документ зарегистрирован">
            Регистрационный номер <strong>{receipt.registrationNumber}</strong>.{' '}
            <Link to={`/staff/messages/${receipt.id}`}>Открыть обращение</Link>
          </Alert>
          <p>
            <button type="button" className="button" onClick={() => setReceipt(null)}>
              Зарегистрировать ещё один
            </button>
          </p>
        </>
      ) : (
        <DocumentRegistrationForm onRegistered={setReceipt} />
      )}
    </>
  );
}
