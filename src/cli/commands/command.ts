import { Io } from "../inputs";

export interface Command {
  name: string;
  /** Vietnamese usage lines shown by `tonghop --help`. */
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}
