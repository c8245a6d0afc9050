/** Offering bytes as a file download from the page (an <a download> on a blob URL). */
import type { Delivery } from "../../app/ports";

export function offerDownload(bytes: Uint8Array, fileName: string, mimeType: string): Delivery {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some webviews.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { delivered: true, message: `Đã tải xuống "${fileName}" (xem thư mục Tải xuống của máy).` };
}
