import { describe, expect, it } from 'vitest';
import {
  emptyMessageForm,
  formFieldOf,
  toSubmitMessage,
  validateMessage,
  type MessageFormValues,
} from '../validation';

const valid: MessageFormValues = {
  ...emptyMessageForm,
  name: 'Иванова Анна',
  preferredChannel: 'email',
  email: 'anna@example.ru',
  text: 'Вопрос',
};
const anonymous = { isCitizen: false };

describe('validateMessage', () => {
  it('accepts a complete message', () => {
    expect(validateMessage(valid, anonymous)).toEqual({});
  });

  it('requires name, channel and text', () => {
    expect(Object.keys(validateMessage(emptyMessageForm, anonymous)).sort()).toEqual([
      'name',
      'preferredChannel',
      'text',
    ]);
  });

  it('needs the contact of the duplicate channel too', () => {
    const errors = validateMessage({ ...valid, additionalChannel: 'post' }, anonymous);
    expect(errors.postalAddress).toMatch(/почтовый адрес/);
  });

  it('lets a citizen choose the portal and nobody else', () => {
    const portal = { ...valid, preferredChannel: 'portal', email: '' };
    expect(validateMessage(portal, { isCitizen: true })).toEqual({});
    expect(validateMessage(portal, anonymous).preferredChannel).toMatch(/после входа/);
  });

  it('keeps the limits of the API', () => {
    const errors = validateMessage(
      { ...valid, name: 'я'.repeat(201), postalAddress: 'д'.repeat(501), text: 'т'.repeat(20001) },
      anonymous,
    );
    expect(Object.keys(errors).sort()).toEqual(['name', 'postalAddress', 'text']);
  });
});

describe('toSubmitMessage', () => {
  it('leaves out empty optional fields', () => {
    expect(toSubmitMessage({ ...valid, phone: '  ' })).toEqual({
      name: 'Иванова Анна',
      email: 'anna@example.ru',
      preferredChannel: 'email',
      text: 'Вопрос',
      kind: 'appeal',
    });
  });

  it('sends the kind the citizen chose', () => {
    expect(toSubmitMessage({ ...valid, kind: 'proposal' }).kind).toBe('proposal');
  });
});

describe('formFieldOf', () => {
  it.each([
    ['email', 'email'],
    ['submitMessage.message.postalAddress', 'postalAddress'],
    ['body.additionalChannel', 'additionalChannel'],
    ['captcha', undefined],
  ])('maps %s to %s', (field, expected) => {
    expect(formFieldOf(field)).toBe(expected);
  });
});
