import type { components, paths } from '@/api/schema';

/** Shapes of the notifications API, taken from the generated OpenAPI schema (never written by hand). */
type Json<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Schemas = components['schemas'];

export type NotificationView = Schemas['NotificationView'];
export type NotificationDetails = Schemas['NotificationDetails'];
export type NotificationAttempt = Schemas['NotificationAttemptView'];
export type NotificationPage = Json<paths['/api/v1/notifications']['get']['responses'][200]>;
export type LogQuery = NonNullable<paths['/api/v1/notifications']['get']['parameters']['query']>;
export type DeliveryChannel = Schemas['DeliveryChannel'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationStatus = Schemas['NotificationStatus'];
export type Timeliness = Schemas['NotificationTimeliness'];
export type RerouteRequest = Schemas['RerouteRequest'];

export type LetterView = Schemas['LetterView'];
export type LetterPosting = Schemas['LetterPosting'];
export type CallTaskView = Schemas['CallTaskView'];
export type CallOutcome = Schemas['CallOutcome'];

export type TemplateView = Schemas['TemplateView'];
export type TemplateDraft = Schemas['TemplateDraft'];
export type TemplateFinding = Schemas['TemplateFinding'];
export type TemplatePreview = Schemas['TemplatePreview'];
export type Department = Schemas['Department'];
