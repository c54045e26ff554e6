import type { Channel, ClientType } from './api/types';

export const clientTypeLabels: Record<ClientType, string> = {
  person: 'Гражданин',
  legal_entity: 'Организация или ИП',
  internal: 'Сотрудник департамента',
};

/** The same wording as the message form, so a client recognises their choice. */
export const channelLabels: Record<Channel, string> = {
  email: 'Электронная почта',
  sms: 'SMS',
  portal: 'Личный кабинет на портале',
  post: 'Почта России (бумажное письмо)',
  phone: 'Телефон',
};

export const channels = Object.keys(channelLabels) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channelLabels, value);
}

export function isClientType(value: unknown): value is ClientType {
  return typeof value === 'string' && Object.hasOwn(clientTypeLabels, value);
}

export function clientTypeLabel(type: string | null | undefined): string {
  return type && isClientType(type) ? clientTypeLabels[type] : '—';
}

export function channelLabel(channel: string | null | undefined): string {
  return channel && isChannel(channel) ? channelLabels[channel] : '—';
}
