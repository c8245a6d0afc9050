/** How the pane names a form. */

/** A form's title in sentence case: forms print it in capitals ("SỐ LIỆU CÔNG TÁC…"), which read as shouting in the pane. */
export function formTitle(title: string): string {
  if (title !== title.toLocaleUpperCase("vi")) return title;
  const lower = title.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}
