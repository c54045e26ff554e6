import { useState } from 'react';
import { ChannelOptions } from '@/components/ui/channel-options';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { describeError, ProblemError } from '@/lib/api-client';
import type { ClientRequest, ClientView } from '../api/types';
import {
  clientFieldOf,
  formValuesOf,
  toClientRequest,
  type ClientField,
  type ClientFormValues,
} from '../form-values';
import { clientTypeLabels, isChannel } from '../labels';

type Mode = 'profile' | 'staff';

const resolver: Resolver<ClientFormValues> = (values) => {
  const errors: FieldErrors<ClientFormValues> = {};
  if (!values.name.trim()) {
    errors.name = { type: 'validate', message: 'Укажите ФИО или название организации' };
  }
  if (!isChannel(values.preferredChannel)) {
    errors.preferredChannel = { type: 'validate', message: 'Выберите, как сообщать вам ответы' };
  }
  return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
};

type Props = {
  mode: Mode;
  client?: ClientView;
  submitLabel: string;
  /** Sends the request; a rejected promise with a problem puts its messages at the fields. */
  onSave: (request: ClientRequest) => Promise<unknown>;
};

/**
 * A client's type, numbers, contacts and channels (§1–§3). Used for the client's own profile
 * and for the staff card; INN and OGRN are checked by the server and its words shown inline.
 */
export function ClientForm({ mode, client, submitLabel, onSave }: Props) {
  const [problem, setProblem] = useState<{ detail: string; unplaced: string[] } | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ClientFormValues>({ defaultValues: formValuesOf(client), resolver });
  const type = useWatch({ control, name: 'type' });
  const types = (Object.keys(clientTypeLabels) as (keyof typeof clientTypeLabels)[]).filter(
    (t) => mode === 'staff' || t !== 'internal',
  );

  const onValid = async (values: ClientFormValues) => {
    setProblem(null);
    setSaved(false);
    try {
      await onSave(toClientRequest(values));
      setSaved(true);
    } catch (error) {
      const unplaced: string[] = [];
      let first: ClientField | undefined;
      if (error instanceof ProblemError) {
        for (const { field, message } of error.fieldErrors) {
          const target = clientFieldOf(field);
          if (target) {
            setError(target, { type: 'server', message: message ?? 'Проверьте значение' });
            first ??= target;
          } else if (message) {
            unplaced.push(message);
          }
        }
      }
      setProblem({ detail: describeError(error), unplaced });
      if (first) setFocus(first);
    }
  };

  return (
    <form className="client-form" noValidate onSubmit={handleSubmit(onValid)}>
      {problem && (
        <ProblemAlert title="Не сохранено" detail={problem.detail} unplaced={problem.unplaced} />
      )}
      {saved && (
        <Alert tone="success" title="Сохранено">
          Изменения сохранены.
        </Alert>
      )}

      <FormField id="type" label="Кто вы" required error={errors.type?.message}>
        {(c) => (
          <select {...c} {...register('type')} className="input select">
            {types.map((t) => (
              <option key={t} value={t}>
                {clientTypeLabels[t]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField
        id="name"
        label={type === 'legal_entity' ? 'Название организации или ФИО предпринимателя' : 'ФИО'}
        required
        error={errors.name?.message}
      >
        {(c) => <input {...c} {...register('name')} className="input" maxLength={200} />}
      </FormField>

      {type === 'internal' && (
        <FormField id="unitName" label="Подразделение" required error={errors.unitName?.message}>
          {(c) => <input {...c} {...register('unitName')} className="input" maxLength={200} />}
        </FormField>
      )}

      {type === 'legal_entity' && (
        <>
          <FormField
            id="inn"
            label="ИНН"
            required
            hint="10 цифр у организации, 12 у индивидуального предпринимателя"
            error={errors.inn?.message}
          >
            {(c) => (
              <input
                {...c}
                {...register('inn')}
                className="input input-medium"
                inputMode="numeric"
                maxLength={12}
              />
            )}
          </FormField>
          <FormField
            id="ogrn"
            label="ОГРН или ОГРНИП"
            required
            hint="13 цифр у организации, 15 у индивидуального предпринимателя"
            error={errors.ogrn?.message}
          >
            {(c) => (
              <input
                {...c}
                {...register('ogrn')}
                className="input input-medium"
                inputMode="numeric"
                maxLength={15}
              />
            )}
          </FormField>
        </>
      )}

      <FormField id="email" label="Адрес электронной почты" error={errors.email?.message}>
        {(c) => (
          <input
            {...c}
            {...register('email')}
            className="input"
            type="email"
            autoComplete="email"
            maxLength={254}
          />
        )}
      </FormField>
      <FormField
        id="phone"
        label="Номер телефона"
        hint="Например, +7 913 123-45-67"
        error={errors.phone?.message}
      >
        {(c) => (
          <input
            {...c}
            {...register('phone')}
            className="input input-medium"
            type="tel"
            autoComplete="tel"
            maxLength={32}
          />
        )}
      </FormField>
      <FormField id="postalAddress" label="Почтовый адрес" error={errors.postalAddress?.message}>
        {(c) => (
          <textarea
            {...c}
            {...register('postalAddress')}
            className="input textarea-small"
            rows={2}
            autoComplete="street-address"
            maxLength={500}
          />
        )}
      </FormField>
      {mode === 'staff' && (
        <FormField
          id="portalAccount"
          label="Учётная запись портала"
          hint="Заполняется, если клиент входит на портал"
          error={errors.portalAccount?.message}
        >
          {(c) => <input {...c} {...register('portalAccount')} className="input" maxLength={255} />}
        </FormField>
      )}

      <FormField
        id="preferredChannel"
        label="Как сообщать ответы"
        required
        error={errors.preferredChannel?.message}
      >
        {(c) => (
          <select {...c} {...register('preferredChannel')} className="input select">
            <ChannelOptions empty="Выберите" />
          </select>
        )}
      </FormField>
      <FormField
        id="additionalChannel"
        label="Дублировать ответы"
        hint="Необязательно: копия придёт и этим способом"
        error={errors.additionalChannel?.message}
      >
        {(c) => (
          <select {...c} {...register('additionalChannel')} className="input select">
            <ChannelOptions empty="Не нужно" />
          </select>
        )}
      </FormField>

      <button type="submit" className="button" aria-disabled={isSubmitting || undefined}>
        {isSubmitting ? 'Сохраняем…' : submitLabel}
      </button>
    </form>
  );
}
