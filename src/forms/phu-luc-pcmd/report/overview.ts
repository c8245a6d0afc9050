/** Section I "KHÁI QUÁT TÌNH HÌNH": territory, units, establishments, workers and the prostitution situation. */
import { NarrativeContext } from "../../../core/report/context";
import { joinRuns, text } from "../../../core/report/figures";
import { GeneratedBlock, Run } from "../../../core/report/model";

/** Establishment types of indicator 03, as the sample report names them. */
const ESTABLISHMENT_TYPES: [code: string, noun: string][] = [
  ["04", "cơ sở lưu trú"],
  ["05", "cơ sở xông hơi massage, tẩm quất"],
  ["06", "quán cà phê, giải khát"],
  ["07", "cơ sở karaoke"],
  ["08", "cơ sở khác (vũ trường, quán bar, nhà hàng…)"],
];

function territory(c: NarrativeContext): Run[] {
  const f = c.figures;
  const runs: Run[] = [
    ...c.subject,
    text(" "),
    ...f.either("01", (n) => [text("có diện tích tự nhiên "), n, text(" km²")], "chưa có số liệu diện tích tự nhiên"),
    text(", "),
    ...f.either("02", (n) => [text("dân số là "), n, text(" người")], "chưa có số liệu dân số"),
  ];
  if (c.wards.total > 0) {
    const byType = c.wards.byType.map((t) => [f.computed(`don-vi-${slug(t.type)}`, `Số ${t.type}`, t.count), text(` ${t.type}`)]);
    runs.push(text("; có "), f.computed("don-vi", "Số đơn vị hành chính cấp xã", c.wards.total), text(" đơn vị hành chính ("));
    runs.push(...joinRuns(byType, ", "), text(")"));
  }
  runs.push(text("."));
  return runs;
}

function slug(type: string): string {
  return type === "thị trấn" ? "thi-tran" : type === "phường" ? "phuong" : "xa";
}

function establishments(c: NarrativeContext): Run[] {
  const f = c.figures;
  const lead = text(c.areaWord ? `Trên địa bàn ${c.areaWord} ` : "Trên địa bàn ");
  if (f.isZero("03")) return [lead, f.zero("03", "không có cơ sở kinh doanh dịch vụ dễ bị lợi dụng hoạt động mại dâm"), text(".")];
  const items = ESTABLISHMENT_TYPES.filter(([code]) => !f.isZero(code) || f.total(code).incomplete).map(([code, noun]) =>
    f.either(code, (n) => [n, text(` ${noun}`)], `không có ${noun}`),
  );
  const breakdown = items.length > 0 ? [text(", trong đó: "), ...joinRuns(items, ", ")] : [];
  return [lead, text("có "), f.number("03"), text(" cơ sở kinh doanh dịch vụ"), ...breakdown, text(".")];
}

function workers(c: NarrativeContext): Run[] {
  const f = c.figures;
  const runs: Run[] = [];
  if (f.isZero("09")) {
    runs.push(f.zero("09", "Không có lao động làm việc tại các cơ sở"));
  } else {
    runs.push(text("Tổng số lao động làm việc tại các cơ sở là "), f.number("09"), text(" người, "));
    if (f.isZero("10")) {
      runs.push(f.zero("10", "không có lao động nữ"));
    } else {
      runs.push(text("trong đó có "), f.number("10"), text(" lao động nữ ("));
      if (f.isZero("11")) runs.push(f.zero("11", "chưa có người nào ký hợp đồng lao động"));
      else if (f.sameComplete("10", "11")) runs.push(text("cả "), f.number("11"), text(" người đều đã có hợp đồng lao động"));
      else runs.push(f.number("11"), text(" người đã có hợp đồng lao động"));
      runs.push(text(")"));
    }
  }
  runs.push(text("; "), ...f.either("12", (n) => [text("có "), n, text(" lao động ngoại tỉnh")], "không có lao động ngoại tỉnh"), text("."));
  return runs;
}

function situation(c: NarrativeContext): Run[] {
  const f = c.figures;
  const runs: Run[] = f.either(
    "14",
    (n) => [
      text("Phát hiện "),
      n,
      text(" người bán dâm, "),
      ...f.either("15", (m) => [text("trong đó "), m, text(" người dưới 18 tuổi")], "không có người bán dâm dưới 18 tuổi"),
    ],
    "Không phát hiện trường hợp bán dâm",
  );
  runs.push(text("; "), ...f.either("16", (n) => [text("có "), n, text(" tụ điểm phức tạp về mại dâm")], "không có tụ điểm phức tạp về mại dâm"));
  const wardCount = f.total("17").count;
  if (wardCount && wardCount.n > 0) {
    runs.push(text("; "));
    if (f.isZero("17")) runs.push(f.zero("17", `chưa có ${c.wardWords} nào không có tệ nạn mại dâm`));
    else if (wardCount.k === wardCount.n) runs.push(f.number("17"), text(` ${c.wardWords} duy trì không có tệ nạn mại dâm`));
    else runs.push(f.number("17"), text(` ${c.wardWords} không có tệ nạn mại dâm`));
  }
  runs.push(text("."));
  return runs;
}

export function overviewBlock(c: NarrativeContext): GeneratedBlock {
  const sentences = [territory(c), establishments(c), workers(c), situation(c)];
  return c.figures.block("muc-I", "Mục I. Khái quát tình hình", [joinRuns(sentences, " ")]);
}
