import { useState } from 'react';
import { ChannelOptions } from '@/components/ui/channel-options';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { describedBy, FieldError, FormField } from '@/components/ui/form-field';
import { describeError, ProblemError } from '@/lib/api-client';
import { Roles, useAuth } from '@/lib/auth';
import { useSubmitMessage } from '../api/submit-message-mutation';
import type { MessageReceipt } from '../api/types';
import { useAttachmentRules } from '../api/attachment-rules-query';
import { checkFiles } from '../attachments';
import { channelLabels, channels, kindLabels, portalKinds } from '../labels';
import { FilePicker } from './file-picker';
import {
  emptyMessageForm,
  formFieldOf,
  LIMITS,
  requiredContacts,
  toSubmitMessage,
  validateMessage,
  type MessageField,
  type MessageFormValues,
  type ValidationContext,
} from '../validation';

const resolver: Resolver<MessageFormValues, ValidationContext> = (values, context) => {
  const found = validateMessage(values, context ?? { isCitizen: false });
  const entries = Object.entries(found) as [MessageField, string][];
  if (entries.length === 0) return { values, errors: {} };
  const errors: FieldErrors<MessageFormValues> = {};
  for (const [field, message] of entries) errors[field] = { type: 'validate', message };
  return { values: {}, errors };
};

type ServerProblem = { detail: string; unplaced: string[] };

type Props = {
  onSubmitted: (receipt: MessageReceipt) => void;
  /** Prefill, e.g. from the logged-in client's profile. */
  defaults?: Partial<MessageFormValues>;
};

/** «Написать обращение»: the public message form, with the API's rules checked before sending. */
export function MessageForm({ onSubmitted, defaults }: Props) {
  const auth = useAuth();
  const isCitizen = auth.roles.includes(Roles.client);
  const submit = useSubmitMessage();
  const [serverProblem, setServerProblem] = useState<ServerProblem | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const rules = useAttachmentRules(files.length > 0);
  const [fileErrors, setFileErrors] = useState<string[]>([]);

  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors },
  } = useForm<MessageFormValues, ValidationContext>({
    defaultValues: { ...emptyMessageForm, ...defaults },
    resolver,
    context: { isCitizen },
  });

  const [preferredChannel, additionalChannel] = useWatch({
    control,
    name: ['preferredChannel', 'additionalChannel'],
  });
  const required = requiredContacts({ preferredChannel, additionalChannel });

  const onValid = (values: MessageFormValues) => {
    if (submit.isPending) return;
    setServerProblem(null);
    setFileErrors([]);
    if (checkFiles(files, rules.data).length > 0) return;
    submit.mutate(
      { body: toSubmitMessage(values), files },
      {
        onSuccess: (receipt) => onSubmitted(receipt),
        onError: (error) => {
          const unplaced: string[] = [];
          const forFiles: string[] = [];
          let first: MessageField | undefined;
          if (error instanceof ProblemError) {
            for (const { field, message } of error.fieldErrors) {
              const target = formFieldOf(field);
              if (field?.startsWith('files')) {
                forFiles.push(message ?? 'Проверьте файл');
              } else if (target) {
                setError(target, { type: 'server', message: message ?? 'Проверьте значение' });
                first ??= target;
              } else if (message) {
                unplaced.push(message);
              }
            }
          }
          setFileErrors(forFiles);
          setServerProblem({ detail: describeError(error), unplaced });
          if (first) setFocus(first);
        },
      },
    );
  };

  const preferredErrorId = errors.preferredChannel ? 'preferredChannel-error' : undefined;

  return (
    <form className="message-form" noValidate onSubmit={handleSubmit(onValid)}>
      {serverProblem && (
        <ProblemAlert
          title={'Обращение не отправлено'}
          detail={serverProblem.detail}
          unplaced={serverProblem.unplaced}
        />
      )}

      <FormField
        id="name"
        label="Фамилия, имя, отчество"
        required
        hint="Или наименование организации"
        error={errors.name?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('name')}
            className="input"
            type="text"
            autoComplete="name"
            maxLength={LIMITS.name}
          />
        )}
      </FormField>

      <fieldset
        className={`form-field${errors.preferredChannel ? ' form-field-error' : ''}`}
        role="radiogroup"
        aria-required="true"
        aria-invalid={Boolean(errors.preferredChannel)}
        aria-describedby={preferredErrorId}
      >
        <legend className="form-label">
          Как вам ответить<span className="required-mark"> (обязательно)</span>
        </legend>
        {preferredErrorId && (
          <FieldError id={preferredErrorId}>{errors.preferredChannel?.message}</FieldError>
        )}
        <div className="radios">
          {channels.map((channel) => {
            const id = `preferredChannel-${channel}`;
            const hintId = channel === 'portal' ? `${id}-hint` : undefined;
            return (
              <div className="radio" key={channel}>
                <input
                  {...register('preferredChannel')}
                  type="radio"
                  id={id}
                  value={channel}
                  aria-describedby={describedBy(preferredErrorId, hintId)}
                />
                <label htmlFor={id}>{channelLabels[channel]}</label>
                {hintId && (
                  <p className="radio-hint" id={hintId}>
                    {isCitizen
                      ? 'Ответ появится в разделе «Мои обращения»'
                      : 'Нужен вход на портал; ответ появится в разделе «Мои обращения»'}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>

      <FormField
        id="additionalChannel"
        label="Продублировать ответ"
        hint="Необязательно: копия ответа придёт и этим способом"
        error={errors.additionalChannel?.message}
      >
        {(control) => (
          <select {...control} {...register('additionalChannel')} className="input select">
            <ChannelOptions empty="Не нужно" />
          </select>
        )}
      </FormField>

      <FormField
        id="email"
        label="Адрес электронной почты"
        required={required.email}
        error={errors.email?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('email')}
            className="input"
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={LIMITS.email}
          />
        )}
      </FormField>

      <FormField
        id="phone"
        label="Номер телефона"
        required={required.phone}
        hint="Например, +7 913 123-45-67"
        error={errors.phone?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('phone')}
            className="input input-medium"
            type="tel"
            autoComplete="tel"
            maxLength={LIMITS.phone}
          />
        )}
      </FormField>

      <FormField
        id="postalAddress"
        label="Почтовый адрес"
        required={required.postalAddress}
        hint="Индекс, населённый пункт, улица, дом, квартира"
        error={errors.postalAddress?.message}
      >
        {(control) => (
          <textarea
            {...control}
            {...register('postalAddress')}
            className="input textarea-small"
            rows={2}
            autoComplete="street-address"
            maxLength={LIMITS.postalAddress}
          />
        )}
      </FormField>

      <FormField
        id="kind"
        label="Вид обращения"
        hint="Если не уверены, оставьте «Обращение»"
        error={errors.kind?.message}
      >
        {(control) => (
          <select {...control} {...register('kind')} className="input select">
            {portalKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField
        id="text"
        label="Текст обращения"
        required
        hint="Опишите суть вопроса: адрес или кадастровый номер участка, номера документов. До 20 000 символов."
        error={errors.text?.message}
      >
        {(control) => (
          <textarea
            {...control}
            {...register('text')}
            className="input textarea"
            rows={10}
            maxLength={LIMITS.text}
          />
        )}
      </FormField>

      <FilePicker
        label="Файлы к обращению"
        files={files}
        onChange={(chosen) => {
          setFiles(chosen);
          setFileErrors([]);
        }}
        serverErrors={fileErrors}
      />

      <button type="submit" className="button" aria-disabled={submit.isPending || undefined}>
        {submit.isPending ? 'Отправляем…' : 'Отправить обращение'}
      </button>
    </form>
  );
}
