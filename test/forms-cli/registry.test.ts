/** The form registry of the application layer: built-in first, loaded forms after, one of the same id replacing it in place. */
import { builtInRegistry, findForm, loadFormFile, withForms } from "../../src/app/forms";
import { Problem } from "../../src/app/problems";
import { THREE_FORM } from "./three-form";

const text = (form: unknown) => JSON.stringify(form);

test("a loaded form comes after the built-in ones; findForm by id, the first without one, null for an unknown id", () => {
  const three = loadFormFile(text(THREE_FORM), "ba.form.json");
  const registry = withForms(builtInRegistry, [three]);
  expect(registry.forms.map((f) => f.id)).toEqual(["phu-luc-pcmd", "bieu-thu"]);
  expect(builtInRegistry.forms.map((f) => f.id)).toEqual(["phu-luc-pcmd"]);
  expect(findForm(registry, "bieu-thu")).toBe(three);
  expect(findForm(registry)?.id).toBe("phu-luc-pcmd");
  expect(findForm(registry, null)?.id).toBe("phu-luc-pcmd");
  expect(findForm(registry, "phu-luc-ma-tuy")).toBeNull();
});

test("a loaded form of a built-in id replaces it, in its place", () => {
  const reissued = loadFormFile(text({ ...THREE_FORM, id: "phu-luc-pcmd" }), "phu-luc-pcmd.form.json");
  const registry = withForms(withForms(builtInRegistry, [loadFormFile(text(THREE_FORM), "ba.form.json")]), [reissued]);
  expect(registry.forms.map((f) => [f.id, f.title])).toEqual([["phu-luc-pcmd", THREE_FORM.title], ["bieu-thu", THREE_FORM.title]]);
});

test("a wrong file throws the catalogue's form.invalid, naming the file", () => {
  let thrown: unknown;
  try {
    loadFormFile("{", "hong.form.json");
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(Problem);
  expect((thrown as Problem).code).toBe("form.invalid");
  expect((thrown as Problem).title).toBe("File biểu mẫu có lỗi");
  expect((thrown as Problem).message.split("\n")[0]).toBe('File biểu mẫu "hong.form.json" có 1 lỗi, chưa dùng được:');
});
