import type { Channel, IntakeChannel, MessageKind, MessageStatus } from './api/types';

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
