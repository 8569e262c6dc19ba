// `npm run screenshot`: the README's pictures of the HTML report, from a live run. Runs
// `accessor-kit report --html` over the whole kit (every compiler, rustc, the costs) as a user
// does, opens the page in Chromium (tools/browser.ts) and saves docs/report.png (the top of the
// page: the decision table and the matrix) and docs/report-cell.png (the first entry both languages
// refuse, opened: its cell and twin with the diagnostics at their lines).

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { browserMissing, launchBrowser } from "./browser.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

const missing = browserMissing();
if (missing !== undefined) {
  process.stderr.write(`screenshot: ${missing}\n`);
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), "accessor-kit-screenshot-"));
try {
  const report = spawnSync(process.execPath, ["--import", tsxLoader, join(kit, "src", "cli", "main.ts"), "report", "--html", out], { cwd: kit, stdio: "inherit" });
  if (report.status !== 0) throw new Error(`accessor-kit report exited with ${report.status ?? report.signal}`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1200 } });
    await page.goto(pathToFileURL(join(out, "index.html")).href);
    await page.screenshot({ path: join(kit, "docs", "report.png") });
    await page.locator(".matrix td[data-outcome=refuses] button").first().click();
    await page.locator("#detail .diag").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(kit, "docs", "report-cell.png") });
  } finally {
    await browser.close();
  }
  process.stdout.write("screenshot: wrote docs/report.png, docs/report-cell.png\n");
} finally {
  rmSync(out, { recursive: true, force: true });
}
