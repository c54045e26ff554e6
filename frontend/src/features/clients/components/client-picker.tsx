import { useState, type FormEvent } from 'react';
import { Loading } from '@/components/ui/loading';
import { useClients } from '../api/clients-query';
import { clientTypeLabel } from '../labels';

type Props = {
  /** Called with the chosen client's id. */
  onPick: (clientId: string) => void;
  busy?: boolean;
};

/** Finds a client by name, INN, OGRN, e-mail or phone and lets staff choose one. */
export function ClientPicker({ onPick, busy }: Props) {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
  };

  return (
    <div className="client-picker">
      <form role="search" className="search-form" onSubmit={submit}>
        <label className="form-label" htmlFor="client-picker-search">
          Найти клиента в реестре
        </label>
        <div className="search-row">
          <input
            id="client-picker-search"
            className="input"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button-secondary">
            Найти
          </button>
        </div>
      </form>
      {query !== null && <PickerResults query={query} onPick={onPick} busy={busy} />}
    </div>
  );
}

function PickerResults({ query, onPick, busy }: { query: string } & Props) {
  const clients = useClients(query, 0, 10);
  if (clients.isPending) return <Loading label="Ищем клиентов…" />;
  const items = clients.data?.items ?? [];
  if (items.length === 0) return <p>Клиентов не найдено.</p>;
  return (
    <ul className="picker-results">
      {items.map((client) => (
        <li key={client.id}>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy || undefined}
            onClick={() => !busy && client.id && onPick(String(client.id))}
          >
            Привязать: {client.name}
          </button>{' '}
          <span className="muted">
            {clientTypeLabel(client.type)}
            {client.inn ? ` · ИНН ${client.inn}` : ''}
            {client.email ? ` · ${client.email}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
