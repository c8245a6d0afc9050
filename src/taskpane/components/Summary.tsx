import { Text } from "@fluentui/react-components";
import { wardsText } from "../../core/completeness";
import { summaryText } from "../../core/findings-view";
import { formatNumber } from "../../core/numbers";
import type { ValidationResult } from "../../app/use-cases/check-workbooks";
import { Notice } from "./Notice";

export function Summary({ result }: { result: ValidationResult }) {
  const s = result.summary;
  const wards = wardsText(result.wards);
  if (s.errors + s.warnings + s.infos === 0) {
    return (
      <Notice intent="success" title="Không có lỗi">
        Đã đọc {formatNumber(result.units.length)} đơn vị; số liệu của {wards} xã, phường đã đủ và khớp nhau.
      </Notice>
    );
  }
  return (
    <Text as="p" weight="semibold" role="status">
      {summaryText(result, "status")}
    </Text>
  );
}
