/** `npm run demo`: the main job on the bundled sample, writing its outputs under out/ and printing where. */
import { join } from "node:path";
import { run, stdio } from "../src/cli/main";
import { filePorts } from "../src/hosts/files";

const root = join(__dirname, "..");
const cityWorkbook = join(root, "examples", "ngabay-2023-h1", "tong-hop-ngabay.xlsx");
const totalsOut = join(root, "out", "tong-hop-ngabay.xlsx");
const reportOut = join(root, "out", "bao-cao-ngabay.docx");

const steps: { title: string; argv: string[] }[] = [
  { title: "Kiểm tra", argv: ["validate", cityWorkbook] },
  { title: "Tổng hợp", argv: ["totals", cityWorkbook, "--out", totalsOut] },
  { title: "Báo cáo", argv: ["report", cityWorkbook, "--out", reportOut] },
];

async function main(): Promise<void> {
  let worst = 0;
  for (const step of steps) {
    stdio.out(`\n== ${step.title}: tonghop ${step.argv.map((a) => a.replace(root + "/", "")).join(" ")}`);
    worst = Math.max(worst, await run(step.argv, stdio, filePorts));
  }
  stdio.out(`\nKết quả đã ghi:\n  ${totalsOut}\n  ${reportOut}`);
  process.exitCode = worst;
}

main();
