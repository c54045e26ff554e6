import type {
  DeliveryChannel,
  NotificationKind,
  NotificationStatus,
  Timeliness,
} from './api/types';

export const channelLabels: Record<DeliveryChannel, string> = {
  email: 'Электронная почта',
  sms: 'SMS',
  portal: 'Личный кабинет',
  post: 'Почта России (письмо)',
  phone: 'Звонок',
};

export const statusLabels: Record<NotificationStatus, string> = {
  pending: 'Ждёт отправки',
  sending: 'Отправляется',
  sent: 'Передано',
  failed: 'Не доставлено',
};

export const kindLabels: Record<NotificationKind, string> = {
  primary_response: 'Первичный ответ (§10)',
  inadmissibility_notice: 'Обращение не рассматривается (§9)',
  redirect_notice: 'Обращение перенаправлено (§11)',
  answer: 'Ответ по существу (§15)',
  final_answer: 'Итоговый ответ (§16)',
  term_extension: 'Срок ответа продлён',
  appointment_confirmation: 'Запись на приём',
  appointment_reminder: 'Напоминание о приёме',
  appointment_cancellation: 'Отмена приёма',
  visit_rating_request: 'Оценка приёма',
  callback_promise: 'Обещание перезвонить (§27)',
  kb_review_reminder: 'Напоминание о проверке базы знаний (§35)',
};

export const timelinessLabels: Record<Timeliness, string> = {
  on_time: 'В срок',
  late: 'Передано с опозданием',
  overdue: 'Срок прошёл',
  waiting: 'Срок не наступил',
};

export const routeLabels: Record<string, string> = {
  primary: 'основной канал',
  duplicate: 'дубликат',
  reroute: 'перенаправлено',
};

export const attemptOutcomeLabels: Record<string, string> = {
  in_progress: 'идёт',
  sent: 'передано',
  retry: 'повтор позже',
  failed: 'отказ',
  interrupted: 'прервана остановкой приложения',
};

export function label<K extends string>(labels: Record<K, string>, value: K | undefined | null) {
  return value ? (labels[value] ?? value) : '';
}

export const CHANNELS = Object.keys(channelLabels) as DeliveryChannel[];
export const STATUSES = Object.keys(statusLabels) as NotificationStatus[];
export const KINDS = Object.keys(kindLabels) as NotificationKind[];
