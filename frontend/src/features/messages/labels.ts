import type { components } from '@/api/schema';
import type { IntakeChannel, MessageKind, MessageStatus } from './api/types';

export { channelLabel, channelLabels, channels, isChannel } from '@/lib/channels';

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

/** Kinds of written message (§2), in the order forms offer them; «обращение» is the default. */
export const kindLabels: Record<MessageKind, string> = {
  appeal: 'Обращение',
  request: 'Запрос',
  application: 'Заявление',
  proposal: 'Предложение',
  complaint: 'Жалоба',
  information_request: 'Запрос информации о деятельности департамента',
  internal: 'Внутреннее обращение (от подразделения)',
};

export const kinds = Object.keys(kindLabels) as MessageKind[];

/** Kinds a citizen may choose on the portal: internal requests come from staff only. */
export const portalKinds = kinds.filter((kind) => kind !== 'internal');

export function isKind(value: unknown): value is MessageKind {
  return typeof value === 'string' && Object.hasOwn(kindLabels, value);
}

export function kindLabel(kind: string | null | undefined): string {
  return kind && isKind(kind) ? kindLabels[kind] : '—';
}

export const intakeChannelLabels: Record<IntakeChannel, string> = {
  portal: 'Портал',
  api: 'Внешняя система (API)',
  email: 'Электронная почта',
  paper: 'Письмо на бумаге',
  in_person: 'Сдано на приёме',
  internal: 'От подразделения',
};

export function intakeChannelLabel(channel: string | null | undefined): string {
  return channel && Object.hasOwn(intakeChannelLabels, channel)
    ? intakeChannelLabels[channel as IntakeChannel]
    : '—';
}
