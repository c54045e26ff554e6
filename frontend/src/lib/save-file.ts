/**
 * Hands a downloaded file to the browser under its own name. Files are fetched through the API
 * client (staff downloads need the bearer token, which a plain link would not send), so they
 * arrive as a blob and leave as a short-lived object URL.
 */
export function saveFile(data: Blob | undefined, fileName: string) {
  if (!data) throw new Error('Файл не получен');
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
