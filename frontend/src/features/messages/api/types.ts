import type { paths } from '@/api/schema';

/** Shapes of the messages API, taken from the generated OpenAPI schema (never written by hand). */
type Json<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

type MessagesPath = paths['/api/v1/messages'];

export type SubmitMessage = Json<NonNullable<MessagesPath['post']['requestBody']>>;
export type MessageReceipt = Json<MessagesPath['post']['responses'][201]>;
export type InboxPage = Json<MessagesPath['get']['responses'][200]>;
export type InboxItem = NonNullable<InboxPage['items']>[number];
export type MyMessagesPage = Json<paths['/api/v1/messages/mine']['get']['responses'][200]>;
export type MessageDetail = Json<paths['/api/v1/messages/{id}']['get']['responses'][200]>;

export type Channel = NonNullable<SubmitMessage['preferredChannel']>;
export type MessageStatus = NonNullable<MessageReceipt['status']>;
export type StatusQuery = Json<
  NonNullable<paths['/api/v1/messages/status']['post']['requestBody']>
>;
export type MessageStatusView = Json<paths['/api/v1/messages/status']['post']['responses'][200]>;
export type ClientMessagesPage = Json<
  paths['/api/v1/clients/{id}/messages']['get']['responses'][200]
>;
