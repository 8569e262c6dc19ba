// The HTML report as a reviewer gets it: `accessor-kit report --html` over two of the kit's designs
// (every scenario, TypeScript 7 and rustc; the whole kit is `npm run screenshot`'s), run as a user
// runs it, then the page in Debian's Chromium driven by playwright-core (tools/browser.ts). It
// loads with no console errors and asks for nothing beyond itself, has one entry per design and
// scenario, opens an entry's diagnostics on a click, filters, reads on a phone, prints, and
// axe-core finds no serious accessibility violation. The screenshot and the printed PDF are saved
// in test-artifacts/. Without Chromium the browser tests are skipped, saying why.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTCOMES } from "../src/report/matrix.ts";
import { scenarioIds } from "../src/report/kit.ts";
import { browserMissing, launchBrowser } from "../tools/browser.ts";
import { run, stderrLines, type RunOptions } from "./run.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));
const require = createRequire(import.meta.url);
const tsxLoader = pathToFileURL(require.resolve("tsx")).href;
const main = join(kit, "src", "cli", "main.ts");
const artifacts = join(kit, "test-artifacts");

function cli(args: readonly string[], options: Partial<RunOptions> = {}) {
  return run(process.execPath, ["--import", tsxLoader, main, ...args], { cwd: kit, ...options });
}

const scratch = mkdtempSync(join(tmpdir(), "accessor-kit-html-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SLOW = 600_000;

/** The designs the browser's page is of: between them every outcome but unexpected. */
const DESIGNS = ["field-ref", "gat-like"];

describe("accessor-kit report --html", () => {
  it("refuses a run with nowhere to write the page, a format for it, or a matrix given --html, in one line before running", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    for (const [args, line] of [
      [["report"], "accessor-kit: report needs --html <dir>: the folder to write the page to"],
      [["matrix", "--html", scratch], "accessor-kit: --html is an option of report and check, not of matrix (see accessor-kit help report)"],
      [["report", "--html", file], `accessor-kit: --html ${file}: not a folder`],
      [["report", "--html", scratch, "--format", "json"], "accessor-kit: report writes HTML: --format is for matrix and check"],
    ] as const) {
      const ran = await cli(args);
      expect(stderrLines(ran)).toEqual([line]);
      expect(ran.status).toBe(2);
    }
  });

  it(
    "check --html writes the same page with the proposal's row highlighted, beside the usual report",
    async () => {
      const out = join(scratch, "check");
      const ran = await cli(["check", join(kit, "docs", "proposal-example"), "--design", "field-ref", "--ts", "7", "--html", out, "-q"], { env: { RUSTC: join(kit, "no-rustc-here") } });
      expect(ran.stderr).toBe("");
      expect(ran.stdout).toMatch(/^proposal-example\s/m);
      const html = readFileSync(join(out, "index.html"), "utf8");
      // Its row in the decision table and in the matrix.
      expect(html.match(/<tr data-design="proposal-example" class="proposal"><th scope="row">proposal-example <span class="tag">proposal<\/span><\/th>/g)).toHaveLength(2);
      expect(html).toContain("never released<br><span class=\"muted\">a proposal</span>");
      expect(ran.status).toBe(0);
    },
    SLOW,
  );
});

const missing = browserMissing();
if (missing !== undefined) console.warn(`runtime-tests/html.test.ts: the browser tests are skipped: ${missing}`);

describe.skipIf(missing !== undefined)(`the page in Chromium${missing === undefined ? "" : ` (skipped: ${missing})`}`, () => {
  const out = join(scratch, "report");
  const file = join(out, "index.html");
  let browser: Browser;
  let page: Page;
  let reported: { stdout: string; status: number | null };
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    reported = await cli(["report", "--html", out, "--ts", "7", "--design", DESIGNS.join(","), "-q"]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("request", (request) => {
      if (!request.url().startsWith(pathToFileURL(file).href)) problems.push(`request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
  });

  it("is one file written by the report command, which says where and how it went", () => {
    expect(reported.stdout).toMatch(/^accessor-kit: wrote .*index\.html \(\d+ KB\): \d+ cells, 0 unexpected\n$/);
    expect(reported.status).toBe(0);
    const html = readFileSync(file, "utf8");
    // Nothing to fetch: no external script, style, font, image or frame, and a policy that forbids them.
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|\b(src|srcset)=|url\(|@import|@font-face|href="(?!#)/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
  });

  it("loads with no console error or warning, and asks for nothing beyond itself", async () => {
    await page.reload();
    expect(problems).toEqual([]);
  });

  it("has one entry per design and scenario of the run, each coloured by its outcome, and a decision row per design", async () => {
    const outcomes = await page.locator(".matrix tbody td").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-outcome")));
    expect(outcomes).toHaveLength(DESIGNS.length * scenarioIds().length);
    expect(outcomes.filter((outcome) => !OUTCOMES.includes(outcome as never))).toEqual([]);
    expect(await page.locator(".decisions tbody tr").count()).toBe(DESIGNS.length);
  });

  it("opens an entry both languages refuse with each compiler's diagnostics at their lines, and gives the focus back on closing", async () => {
    const button = page.locator(".matrix td[data-outcome=refuses] button").first();
    const key = await button.getAttribute("data-key");
    const [tsCode] = (await button.locator(".ts").innerText()).match(/TS\d+/) ?? [];
    const [rustCode] = (await button.locator(".rs").innerText()).match(/E\d{4}|nocode/) ?? [];
    await button.click();
    const dialog = page.locator("#detail");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.locator("#detail-title").innerText()).toBe(key);
    const listings = dialog.locator(".code");
    expect(await listings.count()).toBe(2);
    // Each diagnostic sits right under the line it is reported at, which is marked.
    const typescript = await listings.nth(0).locator(".line.hit + .diag").allInnerTexts();
    expect(typescript.some((note) => note.includes(tsCode!))).toBe(true);
    const rust = await listings.nth(1).locator(".line.hit + .diag").allInnerTexts();
    expect(rust.some((note) => note.includes(rustCode === "nocode" ? "rustc error (no code)" : `rustc ${rustCode}`))).toBe(true);
    await page.screenshot({ path: join(artifacts, "report-cell.png") });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it("opens the cell a decision table entry is read from, and the cell the address names", async () => {
    const link = page.locator(".decisions a[data-key]").first();
    const key = (await link.getAttribute("data-key"))!;
    await link.click();
    expect(await page.locator("#detail-title").innerText()).toBe(key);
    await page.locator("#detail .close").click();
    // Closing takes the cell's key out of the address (in the dialog's close event, a task later).
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("");
    await page.goto(`${pathToFileURL(file).href}#${key}`);
    await expect.poll(() => page.locator("#detail").isVisible()).toBe(true);
    expect(await page.locator("#detail-title").innerText()).toBe(key);
    await page.locator("#detail .close").click();
  });

  it("filters the matrix by design, scenario and outcome, and shows everything again", async () => {
    await page.locator(".filters summary").click();
    const [design, scenario] = [DESIGNS[0]!, scenarioIds()[0]!];
    await page.locator(`.filters input[name=design][value="${design}"]`).uncheck();
    expect(await page.locator(`tr[data-design="${design}"]`).evaluateAll((rows) => rows.map((row) => row.checkVisibility()))).toEqual([false, false]);
    await page.locator(`.filters input[name=scenario][value="${scenario}"]`).uncheck();
    expect(await page.locator(`.matrix [data-scenario="${scenario}"]`).evaluateAll((cells) => cells.filter((cell) => cell.checkVisibility()))).toEqual([]);
    for (const outcome of OUTCOMES.filter((outcome) => outcome !== "disagree")) await page.locator(`.filters input[name=outcome][value="${outcome}"]`).uncheck();
    const shown = await page.locator(".matrix td[data-outcome]:not(.filtered) button").evaluateAll((buttons) =>
      buttons.filter((button) => button.checkVisibility()).map((button) => button.closest("td")!.getAttribute("data-outcome")),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["disagree"]));
    expect(await page.locator("#shown").innerText()).toMatch(new RegExp(`^Showing ${shown.length} of \\d+ entries\\.$`));
    await page.locator(".filters button[type=reset]").click();
    await expect.poll(() => page.locator(".matrix td.filtered, .matrix [hidden], tr[hidden]").count()).toBe(0);
  });

  it("has no serious or critical accessibility violation (axe-core), on the page and with an entry open", async () => {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const serious = () =>
      page.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      });
    expect(await serious()).toEqual([]);
    await page.locator(".matrix td[data-outcome] button").first().click();
    expect(await serious()).toEqual([]);
    await page.locator("#detail .close").click();
  });

  it("reads on a phone: nothing wider than the screen but the tables, which scroll, and an entry fills the screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(pathToFileURL(file).href);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await phone.locator(".matrix").evaluate((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth)).toBe(true);
    await phone.locator(".matrix td[data-outcome] button").first().tap();
    const box = await phone.locator("#detail").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(artifacts, "report-phone.png") });
    await phone.close();
  });

  it("prints the tables without the filters or the dialog, and a screenshot is saved", async () => {
    await page.screenshot({ path: join(artifacts, "report.png") });
    expect(statSync(join(artifacts, "report.png")).size).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".filters").isVisible()).toBe(false);
    expect(await page.locator(".matrix").isVisible()).toBe(true);
    await page.pdf({ path: join(artifacts, "report.pdf"), landscape: true, printBackground: true });
    expect(existsSync(join(artifacts, "report.pdf"))).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });
});
