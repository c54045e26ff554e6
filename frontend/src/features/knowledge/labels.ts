import type { ArticleKind, ArticleStatus, ReviewOutcome } from './api/types';

/** §34 in the words staff know, plus the call scripts of §21 and §23. */
export const kindLabels: Record<ArticleKind, string> = {
  regulatory_acts: 'Перечень нормативных правовых актов',
  job_description: 'Должностная инструкция',
  faq: 'Частый вопрос с ответом',
  answer_template: 'Шаблон ответа',
  solution_example: 'Пример решения',
  external_contacts: 'Контакты для внешних клиентов',
  other: 'Иные материалы',
  script_greeting: 'Скрипт приветствия',
  script_farewell: 'Скрипт прощания',
  script_needs: 'Вопросы для выявления потребности',
};

export const kinds = Object.keys(kindLabels) as ArticleKind[];

export function kindLabel(kind: ArticleKind | undefined): string {
  return kind ? kindLabels[kind] : '';
}

export const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Черновик',
  published: 'Опубликовано',
};

export const outcomeLabels: Record<ReviewOutcome, string> = {
  no_changes: 'Изменений не потребовалось',
  updated: 'Материалы обновлены',
};

/** Unit names in the Procedure start in lower case («отдел земельных отношений»); headings do not. */
export function capitalize(text: string | undefined): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

const fileTypeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/rtf': 'RTF',
  'text/plain': 'текст',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** The format of a file as the server found it from its bytes, in a word. */
export function fileTypeLabel(mediaType: string | undefined): string {
  return (mediaType && fileTypeLabels[mediaType]) || 'файл';
}

/** What the file input offers; the server still decides by the content. */
export const acceptedFiles = '.pdf,.docx,.xlsx,.odt,.ods,.rtf,.txt,.png,.jpg,.jpeg';
