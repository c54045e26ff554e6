import { useState } from 'react';
import { ChannelOptions } from '@/components/ui/channel-options';
import { useForm } from 'react-hook-form';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { FormField } from '@/components/ui/form-field';
import { describeError, ProblemError } from '@/lib/api-client';
import { useAttachmentRules } from '../api/attachment-rules-query';
import { useRegisterDocument } from '../api/register-document-mutation';
import type { MessageReceipt, StaffRegistration } from '../api/types';
import { checkFiles } from '../attachments';
import { isChannel, isKind, kindLabels, kinds } from '../labels';
import { FilePicker } from './file-picker';

/** Intake channels staff register documents from; the portal and the API register themselves. */
const staffIntake = {
  paper: 'Письмо на бумаге (почта, курьер)',
  in_person: 'Сдано на приёме',
  internal: 'От подразделения департамента',
  email: 'Электронная почта (переслано вручную)',
} as const;
type StaffIntake = keyof typeof staffIntake;

export type RegistrationValues = {
  intakeChannel: StaffIntake;
  kind: string;
  receivedAt: string;
  senderReference: string;
  name: string;
  email: string;
  phone: string;
  postalAddress: string;
  preferredChannel: string;
  additionalChannel: string;
  text: string;
  acknowledge: boolean;
};

type Field = keyof RegistrationValues;

/** `datetime-local` gives Novosibirsk wall time without an offset; the department's zone is +07:00. */
export function toNovosibirskIso(local: string): string {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return `${withSeconds}+07:00`;
}

export function toStaffRegistration(values: RegistrationValues): StaffRegistration {
  const optional = (value: string) => value.trim() || undefined;
  if (!isChannel(values.preferredChannel)) throw new Error('preferredChannel is not valid');
  return {
    intakeChannel: values.intakeChannel,
    kind: isKind(values.kind) ? values.kind : undefined,
    receivedAt: toNovosibirskIso(values.receivedAt),
    senderReference: optional(values.senderReference),
    name: values.name.trim(),
    email: optional(values.email),
    phone: optional(values.phone),
    postalAddress: optional(values.postalAddress),
    preferredChannel: values.preferredChannel,
    additionalChannel: isChannel(values.additionalChannel) ? values.additionalChannel : undefined,
    text: values.text.trim(),
    acknowledge: values.acknowledge,
  };
}

const defaults: RegistrationValues = {
  intakeChannel: 'paper',
  kind: 'appeal',
  receivedAt: '',
  senderReference: '',
  name: '',
  email: '',
  phone: '',
  postalAddress: '',
  preferredChannel: 'post',
  additionalChannel: '',
  text: '',
  acknowledge: true,
};

/** «Регистрация документа»: an operator registers a paper letter or a handed-in document with its scans. */
export function DocumentRegistrationForm({
  onRegistered,
}: {
  onRegistered: (receipt: MessageReceipt) => void;
}) {
  const registerDocument = useRegisterDocument();
  const [files, setFiles] = useState<File[]>([]);
  const rules = useAttachmentRules(files.length > 0);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ detail: string; unplaced: string[] } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RegistrationValues>({ defaultValues: defaults });

  const onValid = (values: RegistrationValues) => {
    if (registerDocument.isPending) return;
    setProblem(null);
    setFileErrors([]);
    if (checkFiles(files, rules.data).length > 0) return;
    registerDocument.mutate(
      { registration: toStaffRegistration(values), files },
      {
        onSuccess: (receipt) => onRegistered(receipt),
        onError: (error) => {
          const unplaced: string[] = [];
          const forFiles: string[] = [];
          if (error instanceof ProblemError) {
            for (const { field, message } of error.fieldErrors) {
              const name = (field ?? '').split('.').pop() ?? '';
              if (name.startsWith('files')) forFiles.push(message ?? 'Проверьте файл');
              else if (Object.hasOwn(defaults, name))
                setError(name as Field, {
                  type: 'server',
                  message: message ?? 'Проверьте значение',
                });
              else if (message) unplaced.push(message);
            }
          }
          setFileErrors(forFiles);
          setProblem({ detail: describeError(error), unplaced });
        },
      },
    );
  };

  return (
    <form className="message-form" noValidate onSubmit={handleSubmit(onValid)}>
      {problem && (
        <ProblemAlert
          title="Документ не зарегистрирован"
          detail={problem.detail}
          unplaced={problem.unplaced}
        />
      )}
      <FormField id="intakeChannel" label="Как поступил" required>
        {(control) => (
          <select {...control} {...register('intakeChannel')} className="input select">
            {Object.entries(staffIntake).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="kind" label="Вид обращения" required error={errors.kind?.message}>
        {(control) => (
          <select {...control} {...register('kind')} className="input select">
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="receivedAt"
        label="Дата и время получения"
        required
        hint="Время Новосибирска; от него считаются сроки"
        error={errors.receivedAt?.message}
      >
        {(control) => (
          <input
            {...control}
            {...register('receivedAt', { required: 'Укажите дату получения документа' })}
            className="input input-medium"
            type="datetime-local"
          />
        )}
      </FormField>
      <FormField
        id="senderReference"
        label="Исходящий номер и дата письма"
        hint="Например, исх. № 15 от 20.11.2026"
        error={errors.senderReference?.message}
      >
        {(control) => (
          <input {...control} {...register('senderReference')} className="input" maxLength={200} />
        )}
      </FormField>
      <FormField id="name" label="Автор" required error={errors.name?.message}>
        {(control) => (
          <input
            {...control}
            {...register('name', { required: 'Укажите автора' })}
            className="input"
            maxLength={200}
          />
        )}
      </FormField>
      <FormField id="postalAddress" label="Почтовый адрес" error={errors.postalAddress?.message}>
        {(control) => (
          <textarea
            {...control}
            {...register('postalAddress')}
            className="input textarea-small"
            rows={2}
            maxLength={500}
          />
        )}
      </FormField>
      <FormField id="email" label="Электронная почта" error={errors.email?.message}>
        {(control) => (
          <input
            {...control}
            {...register('email')}
            className="input"
            type="email"
            maxLength={254}
          />
        )}
      </FormField>
      <FormField id="phone" label="Телефон" error={errors.phone?.message}>
        {(control) => (
          <input
            {...control}
            {...register('phone')}
            className="input input-medium"
            type="tel"
            maxLength={32}
          />
        )}
      </FormField>
      <FormField
        id="preferredChannel"
        label="Канал ответа"
        required
        hint="Как просит автор; если не указано — почтовый адрес с конверта"
        error={errors.preferredChannel?.message}
      >
        {(control) => (
          <select {...control} {...register('preferredChannel')} className="input select">
            <ChannelOptions without={['portal']} />
          </select>
        )}
      </FormField>
      <FormField
        id="additionalChannel"
        label="Дополнительный канал"
        error={errors.additionalChannel?.message}
      >
        {(control) => (
          <select {...control} {...register('additionalChannel')} className="input select">
            <ChannelOptions empty="Не нужен" without={['portal']} />
          </select>
        )}
      </FormField>
      <FormField
        id="text"
        label="Текст или краткое содержание"
        required
        error={errors.text?.message}
      >
        {(control) => (
          <textarea
            {...control}
            {...register('text', { required: 'Перенесите текст или кратко изложите содержание' })}
            className="input textarea"
            rows={8}
            maxLength={20000}
          />
        )}
      </FormField>
      <div className="form-field checkbox">
        <input id="acknowledge" type="checkbox" {...register('acknowledge')} />
        <label htmlFor="acknowledge">Направить первичный ответ (§10)</label>
      </div>
      <FilePicker
        label="Сканы и файлы документа"
        files={files}
        onChange={(chosen) => {
          setFiles(chosen);
          setFileErrors([]);
        }}
        serverErrors={fileErrors}
      />
      <button
        type="submit"
        className="button"
        aria-disabled={registerDocument.isPending || undefined}
      >
        {registerDocument.isPending ? 'Регистрируем…' : 'Зарегистрировать'}
      </button>
    </form>
  );
}
