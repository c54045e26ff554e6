import { formatSize } from '@/lib/format';
import type { AttachmentRules } from './api/types';

export { formatSize };

/** What the form knows about the files before sending; the server sniffs the content and decides. */
export type FileWarning = { file: string; message: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The `accept` attribute for a file input: every extension and type the rules allow. */
export function acceptOf(rules: AttachmentRules | undefined): string | undefined {
  if (!rules?.formats) return undefined;
  return rules.formats
    .flatMap((f) => [...(f.extensions ?? []).map((e) => `.${e}`), f.mediaType ?? ''])
    .filter(Boolean)
    .join(',');
}

export function allowedFormats(rules: AttachmentRules | undefined): string {
  return (rules?.formats ?? []).map((f) => f.label).join(', ');
}

/** Warnings for files that the server would refuse by size, count or an extension it never accepts. */
export function checkFiles(files: File[], rules: AttachmentRules | undefined): FileWarning[] {
  if (!rules) return [];
  const warnings: FileWarning[] = [];
  const extensions = new Set((rules.formats ?? []).flatMap((f) => f.extensions ?? []));
  const maxFile = rules.maxFileSize ?? Infinity;
  const maxTotal = rules.maxMessageSize ?? Infinity;
  const maxFiles = rules.maxFiles ?? Infinity;
  if (files.length > maxFiles) {
    warnings.push({ file: '', message: `Можно приложить не больше ${maxFiles} файлов` });
  }
  let total = 0;
  for (const file of files) {
    total += file.size;
    if (file.size === 0) {
      warnings.push({ file: file.name, message: `Файл «${file.name}» пустой` });
    } else if (file.size > maxFile) {
      warnings.push({
        file: file.name,
        message: `Файл «${file.name}» — ${formatSize(file.size)}, можно не больше ${formatSize(maxFile)}`,
      });
    }
    if (!extensions.has(extensionOf(file.name))) {
      warnings.push({
        file: file.name,
        message: `Файл «${file.name}» не подойдёт: принимаются ${allowedFormats(rules)}`,
      });
    }
  }
  if (total > maxTotal) {
    warnings.push({
      file: '',
      message: `Все файлы вместе — ${formatSize(total)}, можно не больше ${formatSize(maxTotal)}`,
    });
  }
  return warnings;
}
