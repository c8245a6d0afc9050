/** @jest-environment jsdom */
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import type { ExcelEnv } from "../../src/hosts/excel/env";
import { FakeSettings } from "./fake/state";

test("on Windows and the web the report is offered as a download", async () => {
  const env: ExcelEnv = { run: () => Promise.reject(new Error("no Excel needed")), settings: new FakeSettings(), supports: () => true, platform: "web" };
  const clicked: string[] = [];
  URL.createObjectURL = jest.fn(() => "blob:report");
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(`${this.download} ${this.href}`);
  });
  const delivery = await createExcelHost(env).deliverFile(new Uint8Array([0x50, 0x4b]), "Báo cáo.docx", "application/octet-stream");
  expect(delivery).toEqual({ delivered: true, message: 'Đã tải xuống "Báo cáo.docx" (xem thư mục Tải xuống của máy).' });
  expect(clicked).toEqual(["Báo cáo.docx blob:report"]);
  expect(document.querySelector("a")).toBeNull();
});
