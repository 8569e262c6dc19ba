// Browser: Debian's Chromium (`apt-get install chromium`), driven by playwright-core, for the HTML
// report's test and `npm run screenshot`. Playwright never downloads a browser here: it launches
// the system's, headless, with the flags a machine without network access needs (no background
// networking, no component updates), and without the sandbox, which needs a user namespace that
// containers and root often lack.

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The browser binary: $CHROMIUM, else Debian's. */
export const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Why there is no browser to run, or undefined when there is one. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set $CHROMIUM)`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
