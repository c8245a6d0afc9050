import { Badge, Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { findingPlace, findingText, severityTitle } from "../../core/findings-view";
import { formatNumber } from "../../core/numbers";

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} 0` },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  sides: { color: tokens.colorNeutralForeground3, display: "flex", flexDirection: "column" },
});

interface Props {
  finding: Finding;
  onGo: (f: Finding) => void;
  goTitle: string;
  /** Whether the finding's cell is shown under it, when the pane shows cells itself. */
  expanded?: boolean;
  children?: React.ReactNode;
}

export function FindingItem({ finding, onGo, goTitle, expanded, children }: Props) {
  const styles = useStyles();
  const place = findingPlace(finding);
  return (
    <li className={styles.item}>
      <span className={styles.head}>
        <Badge appearance="tint" color={BADGE[finding.severity]}>
          {severityTitle(finding.severity)}
        </Badge>
        {finding.sheet ? (
          <Link as="button" onClick={() => onGo(finding)} title={goTitle} aria-expanded={expanded}>
            {place}
          </Link>
        ) : (
          place && <Caption1>{place}</Caption1>
        )}
      </span>
      <Text>{findingText(finding)}</Text>
      {finding.left && finding.right && (
        <span className={styles.sides}>
          <Caption1>
            Vế trái: {finding.left.label} = {formatNumber(finding.left.value)}
          </Caption1>
          <Caption1>
            Vế phải: {finding.right.label} = {formatNumber(finding.right.value)}
          </Caption1>
          {finding.difference !== undefined && <Caption1>Chênh lệch: {formatNumber(finding.difference)}</Caption1>}
        </span>
      )}
      {children}
    </li>
  );
}
