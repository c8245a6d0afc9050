import { Command } from "./command";
import { validateCommand } from "./validate";

export const commands: Command[] = [validateCommand];
