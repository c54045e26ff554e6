import type { components, paths } from '@/api/schema';

/** Shapes of the knowledge API, taken from the generated OpenAPI schema (never written by hand). */
type Schemas = components['schemas'];
type Json<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

export type ArticleKind = Schemas['ArticleKind'];
export type ArticleStatus = Schemas['ArticleStatus'];
export type Article = Schemas['KnowledgeArticle'];
export type Attachment = Schemas['KnowledgeAttachment'];
export type ArticleRequest = Schemas['KnowledgeArticleRequest'];
export type ArticleSummary = Schemas['KnowledgeArticleSummary'];
export type Section = Schemas['KnowledgeSection'];
export type SearchResult = Schemas['KnowledgeSearchResult'];
export type SearchHit = Schemas['KnowledgeSearchHit'];
export type VersionSummary = Schemas['KnowledgeVersionSummary'];
export type VersionDiff = Schemas['KnowledgeVersionDiff'];
export type DiffLine = Schemas['KnowledgeDiffLine'];
export type DueReviews = Schemas['KnowledgeDueReviews'];
export type ReviewRequest = Schemas['KnowledgeReviewRequest'];
export type ReviewOutcome = Schemas['ReviewOutcome'];
export type Department = Schemas['Department'];
export type SectionRequest = Schemas['KnowledgeSectionRequest'];
export type Gap = Schemas['KnowledgeGap'];
export type GapList = Schemas['KnowledgeGapList'];
export type GapResolveRequest = Schemas['KnowledgeGapResolveRequest'];
export type Referral = Schemas['Referral'];
export type ReferralRequest = Schemas['ReferralRequest'];
export type ReferralLevel = Schemas['ReferralLevel'];
export type ArticlesPage = Json<paths['/api/v1/knowledge/articles']['get']['responses'][200]>;
export type SearchParams = NonNullable<
  paths['/api/v1/knowledge/search']['get']['parameters']['query']
>;
