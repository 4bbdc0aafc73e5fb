/** Offers a blob to the user as a file download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking the URL at once can cancel the download in some browsers, so it lives a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
