/**
 * Hands a fetched file to the browser's download. A blob: URL keeps the bearer token out of the
 * address, and an anchor with `download` is a download, not a navigation, so the CSP allows it.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click starts the download synchronously; the URL is freed after the browser has it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
