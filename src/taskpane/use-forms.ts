/**
 * The pane's forms: the built-in ones, plus the form file the clerk opened, which the host keeps (Excel in
 * the workbook, the preview for the session) and hands back when the pane starts again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PaneHost, StoredForm } from "../app/ports";
import { Problem } from "../app/problems";
import type { FormsInUse } from "./form-choice";
import { loadFormChoice } from "./lazy";
import { problemOf, type ShownProblem } from "./use-task";

/** A form file that cannot be used: the one just opened, or the one the host kept (written by another version, say). */
export interface FormFileProblem {
  fileName: string;
  stored: boolean;
  problem: ShownProblem;
}

export interface PaneForms {
  /** Null until the host's kept form has been read. */
  inUse: FormsInUse | null;
  /** Whether the host keeps a form file (usable or not), which "Dùng biểu mẫu có sẵn" forgets. */
  kept: boolean;
  problem: FormFileProblem | null;
  /** The forms in use once known: what every step passes to the use cases. */
  ready(): Promise<FormsInUse>;
  /** Reads and keeps a form file; a wrong one leaves the forms in use as they were and sets `problem`. */
  open(file: File): Promise<void>;
  /** Forgets the kept form file: the built-in forms only. */
  forget(): Promise<void>;
}

interface Start {
  inUse: FormsInUse;
  kept: boolean;
  problem: FormFileProblem | null;
}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, "utf-8");
  });
}

/** The form file's form, or the Problem that names what is wrong in it; any other error is thrown. */
async function compile(file: StoredForm): Promise<{ inUse: FormsInUse } | { problem: ShownProblem }> {
  const choice = await loadFormChoice();
  try {
    return { inUse: choice.formsInUse({ fileName: file.fileName, form: choice.readFormFile(file) }) };
  } catch (e) {
    if (e instanceof Problem) return { problem: problemOf(e) };
    throw e;
  }
}

async function start(host: PaneHost | null): Promise<Start> {
  const [choice, stored] = await Promise.all([loadFormChoice(), host ? host.storedForm() : null]);
  if (!stored) return { inUse: choice.formsInUse(null), kept: false, problem: null };
  const compiled = await compile(stored);
  if ("inUse" in compiled) return { inUse: compiled.inUse, kept: true, problem: null };
  return { inUse: choice.formsInUse(null), kept: true, problem: { fileName: stored.fileName, stored: true, problem: compiled.problem } };
}

/** `onChange` runs when the clerk changes the forms, so that results of the earlier ones are dropped. */
export function useForms(host: PaneHost | null, onChange: () => void): PaneForms {
  const [state, setState] = useState<Start | null>(null);
  const started = useRef<{ host: PaneHost | null; forms: Promise<FormsInUse> } | null>(null);

  // Started on first use, which may be a step's effect running before this hook's own.
  const ready = useCallback((): Promise<FormsInUse> => {
    if (!started.current || started.current.host !== host) {
      const forms: Promise<FormsInUse> = start(host).then((s) => {
        if (started.current?.forms === forms) setState(s);
        return s.inUse;
      });
      started.current = { host, forms };
    }
    return started.current.forms;
  }, [host]);

  useEffect(() => {
    setState(null);
    void ready();
  }, [ready]);

  const apply = useCallback(
    (next: Start) => {
      started.current = { host, forms: Promise.resolve(next.inUse) };
      setState(next);
      onChange();
    },
    [host, onChange],
  );

  const open = useCallback(
    async (file: File) => {
      if (!host) return;
      const picked = { fileName: file.name, text: await readText(file) };
      const compiled = await compile(picked);
      const current = await ready();
      if ("problem" in compiled) {
        setState((s) => ({ inUse: current, kept: s?.kept ?? false, problem: { fileName: file.name, stored: false, problem: compiled.problem } }));
        return;
      }
      await host.storeForm(picked);
      apply({ inUse: compiled.inUse, kept: true, problem: null });
    },
    [host, ready, apply],
  );

  const forget = useCallback(async () => {
    if (!host) return;
    await host.storeForm(null);
    apply({ inUse: (await loadFormChoice()).formsInUse(null), kept: false, problem: null });
  }, [host, apply]);

  return { inUse: state?.inUse ?? null, kept: state?.kept ?? false, problem: state?.problem ?? null, ready, open, forget };
}
