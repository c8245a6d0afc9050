/// <reference types="office-js" />
/** Whether the pane runs inside Word: kept apart from the Word host so the Excel pane does not load it. */
export async function inWord(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Word;
}
