/// <reference types="office-js" />
/**
 * Every content control of the document in one load: id, tag, text and the control it sits in. Loading the
 * collection once costs one round trip however many controls there are; `getByTag` per key would cost one
 * batch entry per key and still miss the tags the report no longer has.
 */
import { DocControl, isReportTag } from "../../core/report/refresh-plan";
import type { DocumentState } from "../../app/word-ports";
import { WordEnv } from "./env";
import { loadLink } from "./link";

export interface LoadedControls {
  /** The `tonghop:` controls, in document order. */
  controls: DocControl[];
  /** Their proxies by id, for writing in the same batch. */
  proxies: Map<number, Word.ContentControl>;
  /** All content controls, ours or not. */
  total: number;
}

/** Queues the load; call the result after the sync. */
export function loadControls(context: Word.RequestContext): () => LoadedControls {
  const collection = context.document.contentControls;
  collection.load("items/id,items/tag,items/text,items/parentContentControlOrNullObject/id");
  return () => {
    const controls: DocControl[] = [];
    const proxies = new Map<number, Word.ContentControl>();
    for (const item of collection.items) {
      if (!isReportTag(item.tag ?? "")) continue;
      const parent = item.parentContentControlOrNullObject;
      controls.push({ id: item.id, tag: item.tag, text: item.text, parentId: parent.isNullObject ? null : parent.id });
      proxies.set(item.id, item);
    }
    return { controls, proxies, total: collection.items.length };
  };
}

/** What the document holds now: one sync. */
export function readDocument(env: WordEnv): Promise<DocumentState> {
  return env.run(async (context) => {
    const controls = loadControls(context);
    const link = loadLink(context);
    const body = context.document.body;
    body.load("text");
    await context.sync();
    const loaded = controls();
    const kind = loaded.controls.length > 0 ? "report" : loaded.total === 0 && body.text.trim() === "" ? "empty" : "other";
    return { kind, controls: loaded.controls, link: link() };
  });
}
