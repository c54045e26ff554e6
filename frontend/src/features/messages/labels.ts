import type { components } from '@/api/schema';
import type { Channel, MessageStatus } from './api/types';

/** Ways to answer, in the order the form offers them. */
export const channelLabels: Record<Channel, string> = {
  email: 'Электронная почта',
  sms: 'SMS',
  portal: 'Личный кабинет на портале',
  post: 'Почта России (бумажное письмо)',
  phone: 'Телефон',
};

export const statusLabels: Record<MessageStatus, string> = {
  registered: 'Зарегистрировано',
  acknowledged: 'Направлен первичный ответ',
  in_work: 'В работе',
  awaiting_clarification: 'Ожидает уточнения',
  answered: 'Дан ответ',
  redirected: 'Перенаправлено',
  refused: 'Отказано',
  inadmissible: 'Оставлено без рассмотрения',
  closed: 'Закрыто',
};

export const channels = Object.keys(channelLabels) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channelLabels, value);
}

export function channelLabel(channel: string | null | undefined): string {
  return channel && isChannel(channel) ? channelLabels[channel] : '—';
}

export function statusLabel(status: string | null | undefined): string {
  if (!status) return '—';
  return Object.hasOwn(statusLabels, status) ? statusLabels[status as MessageStatus] : status;
}

/** Who a message is from, as the message card names it. */
export const clientTypeLabels: Record<components['schemas']['ClientType'], string> = {
  person: 'гражданин',
  legal_entity: 'организация или ИП',
  internal: 'сотрудник департамента',
};
export const eventLabels: Record<string, string> = {
  registered: 'Зарегистрировано',
  triage_suggested: 'Подсказки разбора',
  triage_confirmed: 'Разбор подтверждён',
  triage_corrected: 'Разбор исправлен',
  term_changed: 'Срок изменён',
  assigned: 'Назначен исполнитель',
  status_changed: 'Смена статуса',
  clarification: 'Контакт с клиентом',
  extension: 'Срок продлён',
  redirected: 'Переадресовано',
  answer_sent: 'Ответ отправлен',
  refusal_sent: 'Отказ отправлен',
  inadmissibility_sent: 'Уведомление о недопустимости',
  notice_queued: 'Уведомление в очереди',
  notice_delivered: 'Уведомление доставлено',
};

export const abuseLabels: Record<string, string> = {
  none: 'Нет',
  obscene: 'Нецензурная брань',
  insult: 'Оскорбления',
  threat: 'Угрозы',
};

export function eventLabel(kind: string | null | undefined): string {
  if (!kind) return '—';
  return eventLabels[kind] ?? kind;
}
