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
export type StatusQuery = Json<
  NonNullable<paths['/api/v1/messages/status']['post']['requestBody']>
>;
export type MessageStatusView = Json<paths['/api/v1/messages/status']['post']['responses'][200]>;
export type ClientMessagesPage = Json<
  paths['/api/v1/clients/{id}/messages']['get']['responses'][200]
>;

type Id = paths['/api/v1/messages/{id}'];
type Body<P, M extends 'put' | 'post'> =
  P extends Record<M, { requestBody?: infer B }> ? Json<NonNullable<B>> : never;

export type InboxFilters = Omit<
  NonNullable<MessagesPath['get']['parameters']['query']>,
  'page' | 'size'
>;
export type InboxCounters = Json<paths['/api/v1/messages/counters']['get']['responses'][200]>;
export type MessageWorkflow = Json<
  paths['/api/v1/messages/{id}/workflow']['get']['responses'][200]
>;
export type TriageSuggestion = NonNullable<MessageWorkflow['suggestion']>;
export type MessageEvent = Json<
  paths['/api/v1/messages/{id}/events']['get']['responses'][200]
>[number];
export type ClarificationSlot = Json<
  paths['/api/v1/messages/{id}/clarifications/next-slot']['get']['responses'][200]
>;
export type AnswerDraft = Json<
  paths['/api/v1/messages/{id}/answer-draft']['get']['responses'][200]
>;
export type TriageDecision = Body<paths['/api/v1/messages/{id}/triage'], 'put'>;
export type AssignmentRequest = Body<paths['/api/v1/messages/{id}/assignment'], 'put'>;
export type ClarificationRequest = Body<paths['/api/v1/messages/{id}/clarifications'], 'post'>;
export type InadmissibleRequest = Body<paths['/api/v1/messages/{id}/inadmissible'], 'post'>;
export type RedirectRequest = Body<paths['/api/v1/messages/{id}/redirect'], 'post'>;
export type AnswerRequest = Body<paths['/api/v1/messages/{id}/answer'], 'post'>;
export type ExtensionRequest = Body<paths['/api/v1/messages/{id}/extension'], 'post'>;
export type KnowledgeHit = NonNullable<
  Json<paths['/api/v1/knowledge/search']['get']['responses'][200]>['hits']
>[number];
export type Referral = Json<paths['/api/v1/knowledge/referrals']['get']['responses'][200]>[number];
export type TextAnalysis = Json<paths['/api/v1/text/analyse']['post']['responses'][200]>;
export type { Id as MessagePath };
export type MessageKind = NonNullable<SubmitMessage['kind']>;
export type IntakeChannel = NonNullable<MessageDetail['intakeChannel']>;
export type AttachmentView = NonNullable<MessageDetail['attachments']>[number];
export type CorrespondenceView = NonNullable<MessageDetail['correspondence']>[number];
export type AttachmentRules = Json<
  paths['/api/v1/messages/attachment-rules']['get']['responses'][200]
>;
export type StaffRegistration = components['schemas']['StaffRegistration'];

export type FilteredMailPage = Json<paths['/api/v1/mail/filtered']['get']['responses'][200]>;
export type FilteredMailItem = NonNullable<FilteredMailPage['items']>[number];
export type FilteredMailView = Json<paths['/api/v1/mail/filtered/{id}']['get']['responses'][200]>;
