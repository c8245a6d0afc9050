/** The prostitution-prevention report as the sample report of Ngã Bảy (first half of 2023) writes it. */
import { ANNEX_NOTE, assessmentItems, heading, outlookSections, paragraph, prose } from "../../../core/report/blocks";
import { Narrative, NarrativeContext } from "../../../core/report/context";
import { text } from "../../../core/report/figures";
import { ReportBlock } from "../../../core/report/model";
import { overviewBlock } from "./overview";
import { budgetBlock, communicationBlock, harmReductionBlock, inspectionBlock } from "./results";

function body(c: NarrativeContext): ReportBlock[] {
  return [
    heading(1, "I. KHÁI QUÁT TÌNH HÌNH"),
    overviewBlock(c),
    heading(1, "II. KẾT QUẢ THỰC HIỆN"),
    heading(2, "1. Công tác chỉ đạo triển khai thực hiện"),
    ...prose(c.names.fields.direction),
    heading(2, "2. Công tác thông tin, tuyên truyền"),
    communicationBlock(c),
    heading(2, "3. Các hoạt động phòng ngừa tệ nạn mại dâm"),
    ...prose(null),
    heading(2, "4. Công tác quản lý địa bàn, kiểm tra, triệt phá, truy tố xét xử"),
    inspectionBlock(c),
    heading(2, "5. Xây dựng, triển khai các hoạt động can thiệp giảm tác hại"),
    harmReductionBlock(c),
    heading(2, "6. Kinh phí thực hiện"),
    budgetBlock(c),
    paragraph([text(ANNEX_NOTE)]),
    heading(1, "III. ĐÁNH GIÁ CHUNG"),
    ...assessmentItems(c, 1),
    ...outlookSections(c, 4),
  ];
}

/** Its sentences read every indicator of the form, 01 to 40. */
export const pcmdNarrative: Narrative = {
  reads: Array.from({ length: 40 }, (_, i) => String(i + 1).padStart(2, "0")),
  body,
};
