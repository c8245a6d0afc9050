/** Section II "KẾT QUẢ THỰC HIỆN": the paragraphs written from the figures (items 2, 4, 5 and 6). */
import { NarrativeContext } from "../../../core/report/context";
import { Figures, joinRuns, text } from "../../../core/report/figures";
import { GeneratedBlock, Run } from "../../../core/report/model";

const INSPECTED_TYPES: [code: string, noun: string][] = [
  ["28", "cơ sở lưu trú"],
  ["29", "cơ sở karaoke"],
  ["30", "cơ sở xoa bóp, massage"],
];

/** "- a; b; c." */
function bullet(lead: string, clauses: Run[][]): Run[] {
  return [text(`- ${lead}`), ...joinRuns(clauses, "; "), text(".")];
}

/**
 * An activity and the people it reached (pairs 21/22, 23/24): "tổ chức 20 cuộc … với 350 lượt người tham gia".
 * A count of people without activities, or the reverse, is still said rather than dropped.
 */
function activityWithPeople(
  f: Figures,
  activity: { code: string; lead: string; noun: string; none: string },
  people: { code: string; noun: string; unknown: string; alone: string },
): Run[] {
  if (f.isZero(activity.code)) {
    const reached = f.isZero(people.code) ? [] : [text(", "), f.number(people.code), text(` ${people.alone}`)];
    return [f.zero(activity.code, activity.none), ...reached];
  }
  const reached = f.isZero(people.code)
    ? [text(" ("), f.zero(people.code, people.unknown), text(")")]
    : [text(" với "), f.number(people.code), text(` ${people.noun}`)];
  return [text(activity.lead), f.number(activity.code), text(` ${activity.noun}`), ...reached];
}

export function communicationBlock(c: NarrativeContext): GeneratedBlock {
  const f = c.figures;
  const results: Run[][] = [
    f.either("13", (n) => [text("có "), n, text(" cơ sở ký cam kết không để xảy ra tệ nạn mại dâm")], "chưa có cơ sở nào ký cam kết không để xảy ra tệ nạn mại dâm"),
    f.either("19", (n) => [text("phát "), n, text(" tờ gấp, tờ rơi tuyên truyền về phòng, chống mại dâm")], "không có tờ gấp, tờ rơi được phát"),
    f.either("20", (n) => [n, text(" lượt phát thanh tin, bài về phòng, chống mại dâm")], "không có tin, bài phát thanh về phòng, chống mại dâm"),
    activityWithPeople(
      f,
      { code: "21", lead: "tổ chức ", noun: "cuộc tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ", none: "không có buổi tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ" },
      { code: "22", noun: "lượt người tham gia", unknown: "chưa thống kê lượt người tham gia", alone: "lượt người tham dự tuyên truyền" },
    ),
  ];
  const staff: Run[][] = [
    activityWithPeople(
      f,
      { code: "23", lead: "Tổ chức ", noun: "hội nghị triển khai, quán triệt cho cán bộ", none: "Không có hội nghị triển khai, quán triệt cho cán bộ" },
      { code: "24", noun: "lượt cán bộ, công chức tham dự", unknown: "chưa thống kê lượt cán bộ, công chức tham dự", alone: "lượt cán bộ, công chức tham dự hội nghị" },
    ),
    f.either("25", (n) => [n, text(" người được tập huấn kiến thức, nghiệp vụ phòng, chống mại dâm")], "không có người được tập huấn kiến thức, nghiệp vụ phòng, chống mại dâm"),
  ];
  if ((f.total("18").count?.n ?? 0) > 0) {
    staff.push(f.either("18", (n) => [text("duy trì "), n, text(` ${c.wardWords} có tủ sách pháp luật`)], `chưa có ${c.wardWords} nào có tủ sách pháp luật`));
  }
  return f.block("muc-II-2", "Mục II.2. Công tác thông tin, tuyên truyền", [bullet("Kết quả: ", results), bullet("", staff)]);
}

function inspections(f: Figures): Run[] {
  const visits = f.either("26", (n) => [text("Các cơ quan chức năng tổ chức "), n, text(" lượt kiểm tra cơ sở kinh doanh dịch vụ")], "Không có lượt kiểm tra cơ sở kinh doanh dịch vụ");
  const runs: Run[] = [text("- "), ...visits];
  if (!f.isZero("27")) {
    const types = INSPECTED_TYPES.filter(([code]) => !f.isZero(code) || f.total(code).incomplete).map(([code, noun]) =>
      f.either(code, (n) => [n, text(` ${noun}`)], `không có ${noun}`),
    );
    runs.push(text(", với "), f.number("27"), text(" cơ sở được kiểm tra"));
    if (types.length > 0) runs.push(text(", trong đó: "), ...joinRuns(types, ", "));
  } else if (!f.isZero("26") || f.total("27").incomplete) {
    runs.push(text(" ("), f.zero("27", "chưa thống kê số cơ sở được kiểm tra"), text(")"));
  }
  runs.push(text("."));
  if (f.isZero("26") && f.isZero("31") && f.isZero("32")) return runs;

  const found = f.either("31", (n) => [text("phát hiện "), n, text(" cơ sở có vi phạm")], "không phát hiện cơ sở vi phạm");
  runs.push(text(" Qua kiểm tra, "), ...found);
  if (!f.isZero("31") || !f.isZero("32")) {
    runs.push(text("; "));
    if (f.isZero("32")) {
      runs.push(f.zero("32", "không có cơ sở bị xử phạt vi phạm hành chính"));
      if (!f.isZero("33")) runs.push(text("; số tiền xử phạt "), f.number("33"), text(" đồng"));
    } else {
      runs.push(text("xử phạt vi phạm hành chính "), f.number("32"), text(" cơ sở"));
      if (f.isZero("33")) runs.push(text(" ("), f.zero("33", "chưa thống kê số tiền xử phạt"), text(")"));
      else runs.push(text(" với tổng số tiền "), f.number("33"), text(" đồng"));
    }
  }
  runs.push(text("."));
  return runs;
}

function cases(c: NarrativeContext): Run[] {
  const f = c.figures;
  const detected = f.either("34", (n) => [text("phát hiện "), n, text(" vụ việc liên quan đến mại dâm")], "không phát hiện vụ việc liên quan đến mại dâm");
  const handled = !f.isZero("34") || !f.isZero("35") ? [text(", "), ...f.either("35", (n) => [text("xử lý "), n, text(" đối tượng")], "chưa có đối tượng bị xử lý")] : [];
  const tips = f.either(
    "36",
    (n) => [
      text("tiếp nhận "),
      n,
      text(" tin báo, tố giác về mại dâm, "),
      ...f.either(
        "37",
        (m) => [text("đã xác minh, xử lý "), m, text(f.sameComplete("36", "37") ? " tin (đạt 100%)" : " tin")],
        "chưa có tin nào được xác minh, xử lý",
      ),
    ],
    "không có tin báo, tố giác về mại dâm",
  );
  if (f.isZero("36") && !f.isZero("37")) tips.push(text(", nhưng có "), f.number("37"), text(" tin đã xác minh, xử lý"));
  const where = c.areaWord ? `trên địa bàn ${c.areaWord}` : "trên địa bàn";
  return [text(`- Kết quả: trong ${c.period}, ${where} `), ...detected, ...handled, text("; "), ...tips, text(".")];
}

export function inspectionBlock(c: NarrativeContext): GeneratedBlock {
  return c.figures.block("muc-II-4", "Mục II.4. Công tác quản lý địa bàn, kiểm tra, xử lý", [inspections(c.figures), cases(c)]);
}

export function harmReductionBlock(c: NarrativeContext): GeneratedBlock {
  const f = c.figures;
  const supported = f.either(
    "38",
    (n) => [text("Các cơ quan, đơn vị đã tư vấn, hỗ trợ (pháp lý, y tế, học nghề, việc làm, vay vốn) cho "), n, text(" lượt người")],
    "Không có lượt người được tư vấn, hỗ trợ (pháp lý, y tế, học nghề, việc làm, vay vốn)",
  );
  const reached = f.either(
    "39",
    (n) => [n, text(" người lao động tại các cơ sở kinh doanh dịch vụ được truyền thông, tư vấn")],
    "chưa có người lao động tại các cơ sở kinh doanh dịch vụ được truyền thông, tư vấn",
  );
  return f.block("muc-II-5", "Mục II.5. Hỗ trợ, can thiệp giảm tác hại", [bullet("", [supported, reached])]);
}

export function budgetBlock(c: NarrativeContext): GeneratedBlock {
  const f = c.figures;
  const paragraph = f.isZero("40")
    ? [text("- "), f.zero("40", "Không phát sinh kinh phí thực hiện công tác phòng, chống mại dâm"), text(` trong ${c.period}.`)]
    : [text(`- Kinh phí thực hiện công tác phòng, chống mại dâm ${c.period}: `), f.number("40"), text(" triệu đồng.")];
  return f.block("muc-II-6", "Mục II.6. Kinh phí thực hiện", [paragraph]);
}
