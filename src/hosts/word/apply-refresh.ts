/// <reference types="office-js" />
/**
 * The refresh in Word: one sync loads every control and the link, the plan is made against what the
 * document holds at that moment (the staff may have edited since the preview), and one more sync writes
 * every changed control and the new link. Nothing outside the changed controls is touched; a control is
 * never deleted or created, only its content replaced.
 */
import { planRefresh } from "../../core/report/refresh-plan";
import type { PreparedReport, RefreshOutcome } from "../../app/word-ports";
import { WordEnv } from "./env";
import { linkAfter, loadLink, writeLink } from "./link";
import { loadControls } from "./read-controls";

export function applyRefresh(env: WordEnv, report: PreparedReport, now: Date = new Date()): Promise<RefreshOutcome> {
  return env.run(async (context) => {
    const controls = loadControls(context);
    const readLink = loadLink(context);
    await context.sync();
    const loaded = controls();
    const linked = readLink();
    const plan = planRefresh(loaded.controls, report.entries, linked?.groups ?? null);
    for (const update of plan.updates) {
      const control = loaded.proxies.get(update.id)!;
      if (update.mode === "text") {
        control.insertText(update.text, "Replace");
        continue;
      }
      const contents = report.contents.get(update.tag);
      if (contents === undefined) throw new Error(`No contents for ${update.tag}`);
      control.insertOoxml(contents, "Replace");
    }
    const added = new Set(plan.added.map((a) => a.tag));
    const groups = new Set([...(linked?.groups ?? []), ...report.entries.filter((e) => e.group === null && !added.has(e.tag)).map((e) => e.tag)]);
    const link = linkAfter(report, [...groups], now);
    writeLink(context, link);
    await context.sync();
    return { plan, link };
  });
}
