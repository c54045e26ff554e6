import type { ClientType } from './api/types';

export const clientTypeLabels: Record<ClientType, string> = {
  person: 'Гражданин',
  legal_entity: 'Организация или ИП',
  internal: 'Сотрудник департамента',
};

export { channelLabel, channelLabels, channels, isChannel } from '@/lib/channels';

export function isClientType(value: unknown): value is ClientType {
  return typeof value === 'string' && Object.hasOwn(clientTypeLabels, value);
}

export function clientTypeLabel(type: string | null | undefined): string {
  return type && isClientType(type) ? clientTypeLabels[type] : '—';
}
