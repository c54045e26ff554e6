import type { ClientRequest, ClientView, ProfileRequest } from './api/types';
import { isChannel, isClientType } from './labels';

/** What the client form holds: every field as text, as inputs give it. */
export type ClientFormValues = {
  type: string;
  name: string;
  unitName: string;
  inn: string;
  ogrn: string;
  email: string;
  phone: string;
  postalAddress: string;
  portalAccount: string;
  preferredChannel: string;
  additionalChannel: string;
};
export type ClientField = keyof ClientFormValues;

export const emptyClientForm: ClientFormValues = {
  type: 'person',
  name: '',
  unitName: '',
  inn: '',
  ogrn: '',
  email: '',
  phone: '',
  postalAddress: '',
  portalAccount: '',
  preferredChannel: '',
  additionalChannel: '',
};

export function formValuesOf(client: ClientView | undefined): ClientFormValues {
  if (!client) return emptyClientForm;
  return {
    type: client.type ?? 'person',
    name: client.name ?? '',
    unitName: client.unitName ?? '',
    inn: client.inn ?? '',
    ogrn: client.ogrn ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    postalAddress: client.postalAddress ?? '',
    portalAccount: client.portalAccount ?? '',
    preferredChannel: client.preferredChannel ?? '',
    additionalChannel: client.additionalChannel ?? '',
  };
}

/**
 * The request body: trimmed, empty optional fields left out, numbers sent only for the type
 * they belong to. INN and OGRN are checked by the server, whose messages appear at the fields.
 */
export function toClientRequest(values: ClientFormValues): ClientRequest {
  const optional = (value: string) => value.trim() || undefined;
  const type = isClientType(values.type) ? values.type : 'person';
  return {
    type,
    name: values.name.trim(),
    unitName: type === 'internal' ? optional(values.unitName) : undefined,
    inn: type === 'legal_entity' ? optional(values.inn.replace(/\s/g, '')) : undefined,
    ogrn: type === 'legal_entity' ? optional(values.ogrn.replace(/\s/g, '')) : undefined,
    email: optional(values.email),
    phone: optional(values.phone),
    postalAddress: optional(values.postalAddress),
    portalAccount: optional(values.portalAccount),
    preferredChannel: isChannel(values.preferredChannel) ? values.preferredChannel : 'email',
    additionalChannel: isChannel(values.additionalChannel) ? values.additionalChannel : undefined,
  };
}

/** Maps a problem's `errors[].field` (`inn`, `request.inn`, `updateMe.arg0.ogrn`) onto a form field. */
export function clientFieldOf(field: string | null | undefined): ClientField | undefined {
  if (!field) return undefined;
  const last =
    field
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? '';
  return Object.hasOwn(emptyClientForm, last) ? (last as ClientField) : undefined;
}

/** The portal account is the caller's own login, never part of the client's own profile request. */
export function profileRequestOf(request: ClientRequest): ProfileRequest {
  const own = { ...request };
  delete own.portalAccount;
  return own;
}
