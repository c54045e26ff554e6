import type { Channel, SubmitMessage } from './api/types';
import { isChannel, isKind } from './labels';

/** What the form holds: every field of the request as text, as inputs give it. */
export type MessageFormValues = { [K in keyof Required<SubmitMessage>]: string };
export type MessageField = keyof MessageFormValues;
export type MessageFormErrors = Partial<Record<MessageField, string>>;

export const emptyMessageForm: MessageFormValues = {
  name: '',
  email: '',
  phone: '',
  postalAddress: '',
  preferredChannel: '',
  additionalChannel: '',
  text: '',
  kind: 'appeal',
};

export const LIMITS = {
  name: 200,
  email: 254,
  phone: 32,
  postalAddress: 500,
  text: 20000,
} as const;

/** The contact each way of answering needs (the API's rule, mirrored). */
const contactFor: Record<Channel, 'email' | 'phone' | 'postalAddress' | 'login'> = {
  email: 'email',
  sms: 'phone',
  phone: 'phone',
  post: 'postalAddress',
  portal: 'login',
};

const missingContact: Record<Channel, string> = {
  email: 'Укажите адрес электронной почты — на него придёт ответ',
  sms: 'Укажите номер телефона — на него придёт SMS с ответом',
  phone: 'Укажите номер телефона — по нему с вами свяжутся',
  post: 'Укажите почтовый адрес — на него придёт письмо с ответом',
  portal: '',
};

const PORTAL_NEEDS_LOGIN =
  'Ответ в личный кабинет возможен только после входа на портал. Войдите или выберите другой способ';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function countDigits(value: string): number {
  return value.replace(/\D/g, '').length;
}

export type ValidationContext = { isCitizen: boolean };

/** Client-side copy of the API's rules for `SubmitMessage`; the API stays the judge. */
export function validateMessage(
  values: MessageFormValues,
  { isCitizen }: ValidationContext,
): MessageFormErrors {
  const errors: MessageFormErrors = {};
  const name = values.name.trim();
  const email = values.email.trim();
  const phone = values.phone.trim();
  const postalAddress = values.postalAddress.trim();
  const text = values.text.trim();

  if (!name) errors.name = 'Укажите фамилию, имя и отчество или наименование организации';
  else if (name.length > LIMITS.name) errors.name = `Не более ${LIMITS.name} символов`;

  if (email.length > LIMITS.email) {
    errors.email = `Не более ${LIMITS.email} символов`;
  } else if (email && !EMAIL.test(email)) {
    errors.email = 'Укажите адрес электронной почты в формате name@example.ru';
  }
  if (phone.length > LIMITS.phone) {
    errors.phone = `Не более ${LIMITS.phone} символов`;
  } else if (
    phone &&
    (!/^[+\d\s()-]+$/.test(phone) || countDigits(phone) < 10 || countDigits(phone) > 15)
  ) {
    errors.phone = 'Укажите номер телефона в формате +7 913 123-45-67';
  }
  if (postalAddress.length > LIMITS.postalAddress) {
    errors.postalAddress = `Не более ${LIMITS.postalAddress} символов`;
  }

  const contacts = { email, phone, postalAddress };
  const requireContact = (channel: Channel, field: MessageField) => {
    const needed = contactFor[channel];
    if (needed === 'login') {
      if (!isCitizen) errors[field] ??= PORTAL_NEEDS_LOGIN;
    } else if (!contacts[needed]) {
      errors[needed] ??= missingContact[channel];
    }
  };

  const preferred = values.preferredChannel;
  if (!isChannel(preferred)) {
    errors.preferredChannel = 'Выберите, как вам ответить';
  } else {
    requireContact(preferred, 'preferredChannel');
  }

  const additional = values.additionalChannel;
  if (additional) {
    if (!isChannel(additional)) {
      errors.additionalChannel = 'Выберите способ из списка';
    } else if (additional === preferred) {
      errors.additionalChannel = 'Дополнительный способ ответа должен отличаться от основного';
    } else {
      requireContact(additional, 'additionalChannel');
    }
  }

  if (!text) errors.text = 'Напишите текст обращения';
  else if (text.length > LIMITS.text) errors.text = 'Текст обращения — не более 20 000 символов';

  return errors;
}

/** The request body: trimmed, with empty optional fields left out. */
export function toSubmitMessage(values: MessageFormValues): SubmitMessage {
  const optional = (value: string) => value.trim() || undefined;
  if (!isChannel(values.preferredChannel)) throw new Error('preferredChannel is not valid');
  return {
    name: values.name.trim(),
    email: optional(values.email),
    phone: optional(values.phone),
    postalAddress: optional(values.postalAddress),
    preferredChannel: values.preferredChannel,
    additionalChannel: isChannel(values.additionalChannel) ? values.additionalChannel : undefined,
    text: values.text.trim(),
    kind: isKind(values.kind) ? values.kind : undefined,
  };
}

/** Maps a problem's `errors[].field` (`email`, `message.email`, `submit.arg0.email`) onto a form field. */
export function formFieldOf(field: string | null | undefined): MessageField | undefined {
  if (!field) return undefined;
  const last =
    field
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? '';
  return Object.hasOwn(emptyMessageForm, last) ? (last as MessageField) : undefined;
}

/** Which contact fields the chosen ways of answering make mandatory. */
export function requiredContacts(
  values: Pick<MessageFormValues, 'preferredChannel' | 'additionalChannel'>,
) {
  const chosen = [values.preferredChannel, values.additionalChannel].filter(isChannel);
  const needed = new Set(chosen.map((channel) => contactFor[channel]));
  return {
    email: needed.has('email'),
    phone: needed.has('phone'),
    postalAddress: needed.has('postalAddress'),
  };
}
