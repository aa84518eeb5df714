/** Save bytes or text as a file through a temporary link. */
export function saveFile(contents: ArrayBuffer | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after a delay rather than at once, so the browser can still read the URL if it starts the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
