// TS service: one process per compiler that has the JavaScript compiler API (TypeScript 6; TS 7 is
// native and has none), checking the programs it is sent one after another with the library work
// shared between them. Each program is what `tsc -p <config>` would check (the config read by the
// same function tsc uses, the diagnostics gathered and ordered by tsc's own
// `emitFilesAndReportErrors`), but every source file comes from one DocumentRegistry: a file with
// the same text and the same parse-affecting options is parsed, and bound, once for all programs
// (the 160-odd library and @types files every program reads), as the language service shares them
// between projects. A file whose text changed is parsed again (incrementally), and a program checked
// again keeps the semantic diagnostics of the files the change cannot reach (TS's builder program).
//
//   node ts-service.ts <path of the compiler's lib/typescript.js> [<code cache folder>]
// Messages: `{ id, config }` (a tsconfig path) in, `{ id, check }` or `{ id, error }` out, where a
// check is the program's diagnostics (as tsc --pretty false prints them), who imports whom (the
// include reasons tsc --explainFiles prints) and every file of the program.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type * as TS from "ts6";
import { CodeCache } from "./code-cache.ts";
import type { StoredCheck } from "./tsc.ts";
import type { Diagnostic } from "./types.ts";

export type ServiceRequest = { readonly id: number; readonly config: string };
export type ServiceReply = { readonly id: number; readonly check: StoredCheck } | { readonly id: number; readonly error: string };

/** The internal helpers tsc itself uses, present in the API object (not all in its declarations). */
interface Internals {
  emitFilesAndReportErrors(program: TS.Program | TS.BuilderProgram, report: (diagnostic: TS.Diagnostic) => void): unknown;
  toPath(fileName: string, base: string, canonical: (name: string) => string): TS.Path;
}
interface IncludeReason {
  readonly file?: TS.Path;
}
interface WithIncludeReasons {
  getFileIncludeReasons(): { forEach(each: (reasons: readonly IncludeReason[], path: TS.Path) => void): void };
}

const [api, codeCache] = process.argv.slice(2);
// The compiler's code is kept once the first program is checked (a watch run's service never exits by itself).
const keepCode = codeCache === undefined ? () => {} : new CodeCache(codeCache, dirname(api!), api!).use();
const ts = createRequire(import.meta.url)(api!) as typeof TS & Internals;
const cwd = process.cwd();
// JSDoc parsed as tsc's own hosts parse it (ParseForTypeErrors): what can change a type error.
const registryJSDoc = ts.JSDocParsingMode.ParseForTypeErrors;
const registry = ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, cwd, registryJSDoc);
/** The last builder of each program, by its configuration's text. */
const builders = new Map<string, TS.SemanticDiagnosticsBuilderProgram>();
const canonical = (name: string) => (ts.sys.useCaseSensitiveFileNames ? name : name.toLowerCase());

function check(config: string): StoredCheck {
  const reported: TS.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(config, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => reported.push(d) });
  if (parsed === undefined) return { diagnostics: reported.flatMap(toDiagnostic), imports: [], files: [] };
  const { options } = parsed;
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = registryJSDoc;
  const key = registry.getKeyForCompilationSettings(options);
  host.getSourceFile = (fileName, languageVersionOrOptions) => {
    const text = host.readFile(fileName);
    if (text === undefined) return undefined;
    const version = createHash("sha256").update(text).digest("hex");
    const path = ts.toPath(fileName, cwd, canonical);
    return registry.acquireDocumentWithKey(fileName, path, options, key, ts.ScriptSnapshot.fromString(text), version, undefined, languageVersionOrOptions);
  };
  // The same program checked again (a watch run) reuses the semantic diagnostics of the files the
  // change cannot affect, as tsc --watch does.
  const same = readFileSync(config, "utf8");
  const builder = ts.createSemanticDiagnosticsBuilderProgram(
    parsed.fileNames,
    options,
    host,
    builders.get(same),
    ts.getConfigFileParsingDiagnostics(parsed),
    parsed.projectReferences,
  );
  builders.set(same, builder);
  const program = builder.getProgram();
  ts.emitFilesAndReportErrors(builder, (diagnostic) => reported.push(diagnostic));

  const imports = new Map<string, string[]>();
  (program as TS.Program & WithIncludeReasons).getFileIncludeReasons().forEach((reasons, path) => {
    const imported = program.getSourceFileByPath(path)?.fileName;
    for (const { file } of reasons) {
      const importer = file === undefined ? undefined : program.getSourceFileByPath(file)?.fileName;
      if (imported !== undefined && importer !== undefined) imports.set(importer, [...(imports.get(importer) ?? []), imported]);
    }
  });
  return { diagnostics: reported.flatMap(toDiagnostic), imports: [...imports], files: program.getSourceFiles().map((file) => file.fileName) };
}

/** A diagnostic as the engine reads it from `tsc --pretty false`: errors only, the message chain one trimmed line per link. */
function toDiagnostic(diagnostic: TS.Diagnostic): Diagnostic[] {
  if (diagnostic.category !== ts.DiagnosticCategory.Error) return [];
  const message = ts
    .flattenDiagnosticMessageText(diagnostic.messageText, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
  const { file, start, code } = diagnostic;
  if (file === undefined || start === undefined) return [{ file: "", line: 0, column: 0, code, message }];
  const { line, character } = file.getLineAndCharacterOfPosition(start);
  return [{ file: file.fileName, line: line + 1, column: character + 1, code, message }];
}

// The engine that started it is gone: so is the service.
process.on("disconnect", () => process.exit());

process.on("message", ({ id, config }: ServiceRequest) => {
  let reply: ServiceReply;
  try {
    reply = { id, check: check(config) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message.split("\n", 1)[0]! : String(error) };
  }
  process.send!(reply, keepCode);
});
