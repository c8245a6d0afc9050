/**
 * The forms whose report has its own wording, by form id. Every other form gets core's general report,
 * written from the form's sections, names and units.
 */
import type { Narrative } from "../core/report/context";
import { pcmdNarrative } from "./phu-luc-pcmd/report/narrative";

export const formNarratives: ReadonlyMap<string, Narrative> = new Map([["phu-luc-pcmd", pcmdNarrative]]);
