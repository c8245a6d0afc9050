/** A refresh plan for staff: each key with its old → new text, then what was deleted, is new, or is stale. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Change, MissingKey, RefreshPlan } from "../../core/report/refresh-plan";
import { keyOf } from "./texts";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  before: { color: tokens.colorPaletteRedForeground1, textDecorationLine: "line-through", whiteSpace: "pre-wrap" },
  after: { color: tokens.colorPaletteGreenForeground1, whiteSpace: "pre-wrap" },
  long: { display: "block", maxHeight: "8em", overflowY: "auto", fontSize: tokens.fontSizeBase200 },
});

const LONG = 40;

function ChangeItem({ change }: { change: Change }) {
  const styles = useStyles();
  const long = change.before.length > LONG || change.after.length > LONG;
  return (
    <li>
      <Text weight="semibold">{keyOf(change.tag)}</Text> · {change.label}
      <br />
      <span className={`${styles.before} ${long ? styles.long : ""}`}>{change.before || "(trống)"}</span>
      {long ? null : " → "}
      <span className={`${styles.after} ${long ? styles.long : ""}`}>{change.after}</span>
    </li>
  );
}

function where(m: MissingKey): string {
  return m.after ? `sẽ nằm sau «${m.afterLabel ?? keyOf(m.after)}»` : "sẽ nằm ở đầu phần số liệu";
}

function MissingList({ title, keys, place }: { title: string; keys: MissingKey[]; place: boolean }) {
  const styles = useStyles();
  if (keys.length === 0) return null;
  return (
    <section>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {keys.map((m) => (
          <li key={m.tag}>
            <Text weight="semibold">{keyOf(m.tag)}</Text> · {m.label}
            {place ? ` — ${where(m)}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ChangeList({ plan, done }: { plan: RefreshPlan; done: boolean }) {
  const styles = useStyles();
  return (
    <>
      {plan.changes.length === 0 ? (
        <Text>Số liệu trong tài liệu đã khớp với sổ tổng hợp.</Text>
      ) : (
        <section aria-label={done ? "Đã thay đổi" : "Sẽ thay đổi"}>
          <Text weight="semibold">
            {done ? "Đã thay đổi" : "Sẽ thay đổi"} ({plan.changes.length}):
          </Text>
          <ul className={styles.list}>
            {plan.changes.map((c) => (
              <ChangeItem key={c.tag} change={c} />
            ))}
          </ul>
        </section>
      )}
      <MissingList title="Cán bộ đã xóa khỏi tài liệu (giữ nguyên, không tạo lại):" keys={plan.deleted} place={false} />
      <MissingList title="Số liệu mới chưa có trong tài liệu (không tự chèn, cán bộ tự bổ sung nếu cần):" keys={plan.added} place />
      {plan.stale.length > 0 ? (
        <Text>Không còn trong báo cáo mới (giữ nguyên): {plan.stale.map(keyOf).join(", ")}.</Text>
      ) : null}
    </>
  );
}
