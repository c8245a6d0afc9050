import type { FilePorts } from "../../app/file-ports";
import { Io } from "../inputs";

export interface Command {
  name: string;
  /** Vietnamese usage lines shown by `tonghop --help`. */
  usage: string;
  /** `ports`: the file adapters, which the composition root (bin/tonghop.js) passes in. */
  run(args: string[], io: Io, ports: FilePorts): Promise<number>;
}
