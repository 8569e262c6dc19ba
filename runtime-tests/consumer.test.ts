// The kit as another project gets it: its package packed, installed into a fresh project
// (`npm i --prefer-offline <tarball>`), and used there. `npx accessor-kit` runs the matrix and the
// GitHub Actions workflow of docs/ci.md (whose `check` runs on a proposal folder of that project),
// the project's own TypeScript file importing `accessor-kit` type-checks and runs, TypeScript 6 is
// optional, and nothing is written into the installed package.

import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kitDesigns, scenarioIds } from "../src/report/kit.ts";
import { schemaErrors } from "./report-schema.ts";
import { run, stderrLines } from "./run.ts";

const kit = fileURLToPath(new URL("../", import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(kit, "package.json"), "utf8")) as { name: string; version: string };

const temp = mkdtempSync(join(tmpdir(), "accessor-kit-consumer-"));
const project = join(temp, "a-proposal");
const installed = join(project, "node_modules", name);
/** The kit's cache folder in these runs, to see that nothing is left in it. */
const cache = join(temp, "cache");
/**
 * A user without rustc: the Rust column says "not run" (runtime-tests/rust.test.ts compiles every
 * twin; here the package is checked to ship them all).
 */
const withoutRustc = { RUSTC: join(temp, "no-rustc-here") };

const SLOW = 300_000;

/** A small matrix, to stay quick: the first design, the first two scenarios. */
const [design] = kitDesigns();
const [scenario, otherScenario] = scenarioIds();

function npx(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return run("npx", ["accessor-kit", ...args], { cwd: project, env: { ACCESSOR_KIT_CACHE_DIR: cache, ...env } });
}

/** Every file of a folder with a hash of its content (the workflow's `npm ci` reinstalls the same files). */
function snapshot(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return `${relative(folder, file)} ${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
    })
    .sort();
}

let installedFiles: string[];

beforeAll(async () => {
  const packed = await run("npm", ["pack", "--pack-destination", temp], { cwd: kit }); // prepack builds dist/
  expect(packed.stderr).not.toMatch(/npm error/);
  expect(packed.status).toBe(0);
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "a-proposal", private: true, type: "module" }, null, 2)}\n`);
  const install = await run("npm", ["i", "--prefer-offline", "--no-audit", "--no-fund", "-D", join(temp, `${name}-${version}.tgz`)], { cwd: project });
  expect(install.stderr).not.toMatch(/npm error/);
  expect(install.status).toBe(0);
  cpSync(join(kit, "docs", "proposal-example"), join(project, "proposals", "lend-host"), { recursive: true });
  installedFiles = snapshot(installed);
}, SLOW);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("accessor-kit installed in another project", () => {
  it("says its version", async () => {
    const ran = await npx(["--version"]);
    expect(ran.stdout).toBe(`${version}\n`);
    expect(ran.status).toBe(0);
  });

  it(
    "computes the matrix, its JSON valid against the schema the package publishes, paths relative to the project",
    async () => {
      const ran = await npx(["matrix", "--design", design!, "--scenario", `${scenario},${otherScenario}`, "--format", "json"], withoutRustc);
      expect(ran.stderr).toBe("");
      expect(ran.status).toBe(0);
      const report = JSON.parse(ran.stdout) as { pass: boolean; cells: { file: string }[] };
      const schema = createRequire(join(project, "package.json")).resolve(`${name}/report.schema.json`);
      expect(schemaErrors(schema, report)).toEqual([]);
      expect(report.pass).toBe(true);
      expect(report.cells.map((cell) => cell.file)).toContain(`node_modules/${name}/type-tests/${design}/${scenario}.ts`);
    },
    SLOW,
  );

  it(
    "runs the GitHub Actions workflow of docs/ci.md: check on the project's proposal, annotations and a step summary",
    async () => {
      const workflow = /```yaml\n([\s\S]*?)```/.exec(readFileSync(join(kit, "docs", "ci.md"), "utf8"))?.[1] ?? "";
      const commands = [...workflow.matchAll(/^\s*- run: (.+)$/gm)].map((match) => match[1]!);
      expect(commands).toContain("npm ci");
      expect(commands.some((command) => command.startsWith("npx accessor-kit check "))).toBe(true);
      const summary = join(temp, "step-summary.md");
      const github = {
        ...withoutRustc,
        GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: project,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "someone/a-proposal",
        GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
        ACCESSOR_KIT_CACHE_DIR: cache,
        npm_config_prefer_offline: "true",
      };
      for (const command of commands) {
        // As GitHub runs a `run:` step: bash, stopping at the first failure.
        const ran = await run("bash", ["-e", "-c", command], { cwd: project, env: github });
        expect({ command, status: ran.status, stderr: ran.stderr.includes("npm error") ? ran.stderr : "" }).toEqual({ command, status: 0, stderr: "" });
        if (command.startsWith("npx accessor-kit")) expect(ran.stdout).toBe("accessor-kit: every cell as expected\n");
      }
      const written = readFileSync(summary, "utf8");
      expect(written).toMatch(/^## accessor-kit check proposals\/lend-host: every cell as expected\n/);
      const cell = readdirSync(join(project, "proposals", "lend-host")).find((file) => /^[^.]+\.ts$/.test(file) && file !== "design.ts");
      expect(written).toContain(`(${github.GITHUB_SERVER_URL}/${github.GITHUB_REPOSITORY}/blob/${github.GITHUB_SHA}/proposals/lend-host/${cell})`);
    },
    SLOW,
  );

  it("type-checks and runs the project's own module importing accessor-kit", async () => {
    const source = [
      `import { addInterfaceToLinker, HttpViewHost, ipNameLookup, KitData, Linker, loadGuest, outgoingHandler, SocketsViewHost, Store } from "${name}";`,
      "const linker = new Linker<KitData>();",
      "addInterfaceToLinker(linker, ipNameLookup, (data) => new SocketsViewHost(data));",
      "addInterfaceToLinker(linker, outgoingHandler, (data) => new HttpViewHost(data));",
      `const instance = linker.instantiate(new Store(new KitData()), await loadGuest("fetch"));`,
      `console.log(instance.call("fetch-localhost"));`,
      "",
    ].join("\n");
    writeFileSync(join(project, "host.ts"), source);
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", target: "es2022", strict: true, outDir: "out" }, files: ["host.ts"] }));
    const tsc = await run(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "."], { cwd: project });
    expect(tsc.stdout).toBe("");
    expect(tsc.status).toBe(0);
    const ran = await run(process.execPath, [join(project, "out", "host.js")], { cwd: project });
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toBe("200\n");
  });

  it(
    "without the optional TypeScript 6, checks with TypeScript 7 alone and says so in one line",
    async () => {
      const ts6 = join(project, "node_modules", "ts6");
      renameSync(ts6, `${ts6}-away`);
      try {
        const all = await npx(["matrix", "--design", design!, "--scenario", scenario!, "--format", "github"], withoutRustc);
        const missing = "ts6 needs typescript@6.0.3, which is not installed where accessor-kit can find it: npm i -D ts6@npm:typescript@6.0.3";
        expect(stderrLines(all)).toEqual([`accessor-kit: note: ${missing}`]);
        expect(all.status).toBe(0);
        const only6 = await npx(["matrix", "--ts", "6", "--design", design!, "--scenario", scenario!], withoutRustc);
        expect(stderrLines(only6)).toEqual([`accessor-kit: ${missing}`]);
        expect(only6.status).toBe(2);
      } finally {
        renameSync(`${ts6}-away`, ts6);
      }
    },
    SLOW,
  );

  it("ships every Rust twin the matrix compiles (not the coherence corpus, which only the kit's tests compile)", () => {
    const twins = (root: string) =>
      readdirSync(join(root, "rust"), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith(".rs") && !file.startsWith("coherence"))
        .sort();
    expect(twins(installed)).toEqual(twins(kit));
    expect(twins(installed).length).toBeGreaterThan(0);
  });

  it("wrote nothing into its own package and left no temporary files behind", () => {
    expect(snapshot(installed)).toEqual(installedFiles);
    expect(readdirSync(join(cache, "tmp"))).toEqual([]);
  });
});
