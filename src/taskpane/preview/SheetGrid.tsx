import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { a1, columnLetters, parseA1 } from "../../core/address";
import { cellAt, SheetSnapshot } from "../../core/snapshot";
import { cellDisplay } from "./cell-text";
import { gridLayout, Position } from "./grid-layout";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { minWidth: 0, overflowWrap: "anywhere" },
  scroller: {
    overflow: "auto",
    maxHeight: "min(60vh, 28em)",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // As wide as its columns (each at most 12em), scrolling sideways inside the frame rather than squeezing them.
  table: { width: "max-content", borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  cell: {
    minWidth: "2.5em",
    maxWidth: "12em",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  header: {
    position: "sticky",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  colHeader: { top: 0, zIndex: 1 },
  rowHeader: { left: 0, zIndex: 1, textAlign: "right" },
  corner: { top: 0, left: 0, zIndex: 2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

interface Props {
  sheet: SheetSnapshot;
  file: string | null;
  /** The cell to select and scroll to, if any. */
  cell: string | null;
  onClose: () => void;
}

/** A sheet of an open file, read-only, with one cell selected and in view (the preview's "go to cell"). */
export function SheetGrid({ sheet, file, cell, onClose }: Props) {
  const styles = useStyles();
  const selected = useMemo(() => (cell ? parseA1(cell) : null), [cell]);
  const layout = useMemo(() => gridLayout(sheet, selected), [sheet, selected]);
  const [active, setActive] = useState<Position>(selected ?? { row: 0, col: 0 });
  const activeCell = useRef<HTMLTableCellElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const el = activeCell.current;
    if (!el) return;
    if (!moved.current) el.scrollIntoView({ block: "center", inline: "nearest" });
    el.focus({ preventScroll: !moved.current });
  }, [active]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "Escape") return onClose();
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    moved.current = true;
    setActive((p) => layout.step(p, move[0], move[1]));
  };

  const label = `Trang “${sheet.name}”${file ? ` của ${file}` : ""}, chỉ xem`;
  const cols = Array.from({ length: layout.cols }, (_, c) => c);
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Caption1 className={styles.title}>
          {label}
          {cell ? ` — ô ${cell}` : ""}
        </Caption1>
        <Button size="small" onClick={onClose}>
          Đóng
        </Button>
      </div>
      <div className={styles.scroller}>
        <table role="grid" aria-readonly="true" aria-label={label} className={styles.table} onKeyDown={onKeyDown}>
          <thead>
            <tr role="row">
              <th role="columnheader" className={mergeClasses(styles.header, styles.corner)}>
                <span className={styles.hidden}>Dòng</span>
              </th>
              {cols.map((c) => (
                <th key={c} role="columnheader" className={mergeClasses(styles.header, styles.colHeader)}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: layout.rows }, (_, r) => (
              <tr key={r} role="row">
                <th role="rowheader" className={mergeClasses(styles.header, styles.rowHeader)}>
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const span = layout.span({ row: r, col: c });
                  if (span.rows === 0) return null;
                  const snap = cellAt(sheet, r, c);
                  const isSelected = selected?.row === r && selected.col === c;
                  const isActive = active.row === r && active.col === c;
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      aria-selected={isSelected}
                      data-address={a1(r, c)}
                      tabIndex={isActive ? 0 : -1}
                      ref={isActive ? activeCell : undefined}
                      onClick={() => {
                        moved.current = true;
                        setActive({ row: r, col: c });
                      }}
                      rowSpan={span.rows > 1 ? span.rows : undefined}
                      colSpan={span.cols > 1 ? span.cols : undefined}
                      title={snap.formula ? `=${snap.formula}` : undefined}
                      className={mergeClasses(styles.cell, snap.type === "number" && styles.number, isSelected && styles.selected)}
                    >
                      {cellDisplay(snap)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
