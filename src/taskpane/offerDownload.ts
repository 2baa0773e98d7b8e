/** Offers bytes or text to the browser as a file download named after the brand; returns the file name. */
export function offerDownload(brand: string, extension: "xlsx" | "json", content: BlobPart, type: string): string {
  const file = `${brand.replace(/[\\/:*?"<>|]/g, "_")}-channel-plan.${extension}`;
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
