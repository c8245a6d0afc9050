/** `npm run demo`: the main job on the bundled sample, writing its outputs under out/ and printing where. */
import { join } from "node:path";
import { run, stdio } from "../src/cli/main";

const sample = join(__dirname, "..", "examples", "ngabay-2023-h1");
const cityWorkbook = join(sample, "tong-hop-ngabay.xlsx");

async function main(): Promise<void> {
  stdio.out(`== Kiểm tra: ${cityWorkbook}`);
  const code = await run(["validate", cityWorkbook], stdio);
  if (code === 2) process.exitCode = 2;
}

main();
