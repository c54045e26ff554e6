import type { components, paths } from '@/api/schema';

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
export type MessageKind = NonNullable<SubmitMessage['kind']>;
export type IntakeChannel = NonNullable<MessageDetail['intakeChannel']>;
export type AttachmentView = NonNullable<MessageDetail['attachments']>[number];
export type CorrespondenceView = NonNullable<MessageDetail['correspondence']>[number];
export type AttachmentRules = Json<
  paths['/api/v1/messages/attachment-rules']['get']['responses'][200]
>;
export type StaffRegistration = components['schemas']['StaffRegistration'];
