import { startOffice } from "../../src/hosts/excel/boot";

type OnReady = { host: string | null; platform: string | null };

function fakeOffice(info: OnReady, supported: string[]) {
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel", Word: "Word" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android" },
      onReady: async () => info,
      context: { requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && supported.includes(v) } },
    },
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("start-up inside Office", () => {
  it("Excel with ExcelApi 1.9: an Excel host", async () => {
    fakeOffice({ host: "Excel", platform: "OfficeOnline" }, ["1.9"]);
    const startup = await startOffice();
    expect(startup?.host?.kind).toBe("excel");
  });

  it("Excel without ExcelApi 1.9: no host, and the reason the pane explains", async () => {
    fakeOffice({ host: "Excel", platform: "PC" }, ["1.8"]);
    expect(await startOffice()).toEqual({ host: null, reason: "old-excel" });
  });

  it("another Office application: no host", async () => {
    fakeOffice({ host: "PowerPoint", platform: "PC" }, ["1.9"]);
    expect(await startOffice()).toEqual({ host: null, reason: "other-app" });
  });

  it("a plain browser (host null, or no office.js at all): null, so the preview starts", async () => {
    fakeOffice({ host: null, platform: null }, []);
    expect(await startOffice()).toBeNull();
    delete (globalThis as { Office?: unknown }).Office;
    expect(await startOffice()).toBeNull();
  });
});
