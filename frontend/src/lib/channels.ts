import type { components } from '@/api/schema';

export type Channel = components['schemas']['Channel'];

/**
 * Ways to answer a client (§3), in the order forms offer them. Messages, the client registry and
 * staff registration word them alike, so a client recognises their choice everywhere.
 */
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

export function channelLabel(channel: string | null | undefined): string {
  return channel && isChannel(channel) ? channelLabels[channel] : '—';
}
