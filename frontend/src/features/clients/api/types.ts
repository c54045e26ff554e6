import type { components, paths } from '@/api/schema';

/** Shapes of the clients API, taken from the generated OpenAPI schema (never written by hand). */
type Json<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

export type ClientView = components['schemas']['ClientView'];
export type ClientRequest = components['schemas']['ClientRequest'];
export type ProfileRequest = components['schemas']['ProfileRequest'];
export type ClientType = components['schemas']['ClientType'];
export type Channel = NonNullable<ClientRequest['preferredChannel']>;
export type ClientsPage = Json<paths['/api/v1/clients']['get']['responses'][200]>;
