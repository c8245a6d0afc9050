/** The report as plain text, in reading order — for the terminal, tests and comparing writers. */
import { MOTTO, NATION, ReportModel, runsText, paragraphText } from "./model";
import { appendixTableText } from "./report-figures";

export function reportText(model: ReportModel): string {
  const h = model.header;
  const lines: string[] = [
    ...h.parentAgency,
    ...h.agency.map(runsText),
    h.number,
    NATION,
    MOTTO,
    runsText(h.placeDate),
    "",
    model.documentType,
    ...model.summary.map(runsText),
    ...model.recipients.map(runsText),
    "",
  ];
  for (const block of model.body) {
    if (block.type === "heading") lines.push(block.text);
    else if (block.type === "paragraph") lines.push(paragraphText(block.paragraph));
    else lines.push(...block.paragraphs.map(paragraphText));
  }
  lines.push("", "Nơi nhận:", ...model.distribution, "");
  lines.push(...model.signature.authority.map(runsText), runsText(model.signature.signer), "");
  const a = model.appendix;
  lines.push(a.title, a.subtitle, runsText(a.scope), runsText(a.attachedTo), appendixTableText(a), ...a.notes);
  return lines.join("\n");
}
