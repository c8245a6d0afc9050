import { Command } from "./command";
import { reportCommand } from "./report";
import { templateCommand } from "./template";
import { totalsCommand } from "./totals";
import { validateCommand } from "./validate";

export const commands: Command[] = [validateCommand, totalsCommand, reportCommand, templateCommand];
