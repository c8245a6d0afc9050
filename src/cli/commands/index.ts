import { Command } from "./command";
import { reportCommand } from "./report";
import { totalsCommand } from "./totals";
import { validateCommand } from "./validate";

export const commands: Command[] = [validateCommand, totalsCommand, reportCommand];
