import { startOffice } from "../../src/hosts/excel/boot";

type OnReady = { host: string | null; platform: string | null };
type AsyncResult = { status: string; error?: { code: number; name: string; message: string } };

/** Office.context.document.settings as Office hands it over: loaded, saved by saveAsync's callback. */
function officeSettings(saveResult: AsyncResult = { status: "succeeded" }) {
  const bag = new Map<string, unknown>();
  return {
    bag,
    saved: 0,
    get: (name: string) => bag.get(name) ?? null,
    set: (name: string, value: unknown) => bag.set(name, value),
    remove: (name: string) => bag.delete(name),
    saveAsync(callback: (result: AsyncResult) => void) {
      this.saved++;
      setTimeout(() => callback(saveResult), 0);
    },
  };
}

function fakeOffice(info: OnReady, supported: string[], settings = officeSettings()) {
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel", Word: "Word" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: async () => info,
      context: {
        requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && supported.includes(v) },
        document: { settings },
      },
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

  it("the form file is kept in the workbook's add-in settings, written by saveAsync", async () => {
    const settings = officeSettings();
    fakeOffice({ host: "Excel", platform: "PC" }, ["1.9"], settings);
    const host = (await startOffice())!.host!;
    await host.storeForm({ fileName: "a.form.json", text: "{}" });
    expect(settings.saved).toBe(1);
    expect(settings.bag.get("TongHop.form")).toEqual({ fileName: "a.form.json", text: "{}" });
    expect(await host.storedForm()).toEqual({ fileName: "a.form.json", text: "{}" });
  });

  it("a saveAsync that fails is the catalogue's Excel problem, with Office's words", async () => {
    const settings = officeSettings({ status: "failed", error: { code: 5001, name: "Internal Error", message: "An internal error has occurred." } });
    fakeOffice({ host: "Excel", platform: "OfficeOnline" }, ["1.9"], settings);
    const host = (await startOffice())!.host!;
    await expect(host.storeForm({ fileName: "a.form.json", text: "{}" })).rejects.toMatchObject({
      code: "excel.failed",
      message: expect.stringContaining("An internal error has occurred."),
    });
    expect(await host.storedForm()).toBeNull();
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
