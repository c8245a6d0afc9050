/** The pane's heavy modules, loaded on first use so the pane starts with React and Fluent only. */
export const loadWorkflow = () => import("./workflow");
export const loadImporter = () => import("./import-wards");
