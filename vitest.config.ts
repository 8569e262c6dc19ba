import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// vitest's `checker: "tsc"` would resolve node_modules/.bin/tsc, which points at the TS 6 alias:
// name TypeScript 7's binary by its package path instead.
const tsc7 = fileURLToPath(new URL("./node_modules/typescript/bin/tsc", import.meta.url));

// The package's `accessor-kit` is its build (dist/); the tests run the sources, so it names them here.
const sources = fileURLToPath(new URL("./src/index.ts", import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: [{ find: /^accessor-kit$/, replacement: sources }] },
        test: {
          name: "runtime",
          include: ["runtime-tests/**/*.test.ts", "src/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["**/*.test-d.ts"],
            exclude: ["**/node_modules/**"],
            checker: tsc7,
            tsconfig: "./tsconfig.json",
          },
        },
      },
    ],
  },
});
