import { describe, expect, it } from "vitest";
import { designLines, matchAttempt } from "./attempt.ts";

const template = [
  "«imports»",
  "",
  "export function link() {",
  "  const get = (d: «data type») => «host»;",
  "  sockets.«sockets add:ident»(linker, get);",
  "  http.«http add:ident»(linker, get);",
  "}",
].join("\n");

const cell = (...lines: string[]) => ["// scenario: x", "// expect: compiles", "// prose the design writes", ...lines].join("\n");

describe("matchAttempt", () => {
  it("lets a cell fill the holes with its design's spelling, and reports what it filled", () => {
    const match = matchAttempt(
      template,
      cell('import { sockets, http } from "./design.ts";', "export function link() {", "  const get = (d: Borrow<KitData>) => d;", "  sockets.addToLinker(linker, get);", "  http.addToLinker(linker, get);", "}"),
    );
    expect(match).toEqual({
      follows: true,
      holes: new Map([
        ["imports", 'import { sockets, http } from "./design.ts";'],
        ["data type", "Borrow<KitData>"],
        ["host", "d"],
        ["sockets add", "addToLinker"],
        ["http add", "addToLinker"],
      ]),
    });
  });

  it("ignores blank lines, indentation and comments anywhere, so a cell may explain itself", () => {
    const match = matchAttempt(
      template,
      cell("export function link() {", "// a design-specific note", "const get = (d: KitData) => d;", "", "sockets.addToLinker(linker, get);", "http.addToLinker(linker, get);", "}"),
    );
    expect(match.follows).toBe(true);
  });

  it("refuses a cell that spells the attempt's own lines otherwise, naming both lines", () => {
    const match = matchAttempt(
      template,
      cell("export function link() {", "  function get(d: KitData) { return d; }", "  sockets.addToLinker(linker, get);", "  http.addToLinker(linker, get);", "}"),
    );
    expect(match).toEqual({ follows: false, templateLine: 4, fileLine: 5, expected: "const get = (d: «data type») => «host»;", found: "function get(d: KitData) { return d; }" });
  });

  it("takes only an identifier for an `ident` hole, so type arguments cannot slip into it", () => {
    const match = matchAttempt(
      template,
      cell("export function link() {", "  const get = (d: KitData) => d;", "  sockets.addToLinker<KitData, HasSelf<KitData>>(linker, get);", "  http.addToLinker(linker, get);", "}"),
    );
    expect(match).toMatchObject({ follows: false, templateLine: 5, found: "sockets.addToLinker<KitData, HasSelf<KitData>>(linker, get);" });
  });

  it("holds a hole named twice to one filling", () => {
    const twice = "let a = «x»;\nlet b = «x»;";
    expect(matchAttempt(twice, "let a = 1;\nlet b = 1;").follows).toBe(true);
    expect(matchAttempt(twice, "let a = 1;\nlet b = 2;")).toMatchObject({ follows: false, templateLine: 2 });
  });

  it("refuses lines past the end of the attempt", () => {
    expect(matchAttempt("a();", "a();\nb();")).toEqual({ follows: false, templateLine: 0, fileLine: 2, expected: "(the end of the attempt)", found: "b();" });
  });
});

describe("designLines", () => {
  it("gives the lines a design wrote into the attempt, leaving out its imports", () => {
    const text = cell('import { sockets, http } from "./design.ts";', "export function link() {", "  const get = (d: KitData) => d;", "  sockets.addToLinker(linker, get);", "  http.addToLinker(linker, get);", "}");
    expect(designLines(template, text)).toEqual(["const get = (d: KitData) => d;", "sockets.addToLinker(linker, get);", "http.addToLinker(linker, get);"]);
  });
});

describe("where a cell departs after a block hole", () => {
  it("names the file's line most like the attempt's, not the first line after the imports", () => {
    const match = matchAttempt(
      template,
      cell('import { sockets } from "./design.ts";', 'import { http } from "./design.ts";', "function link() {", "  const get = (d: KitData) => d;", "}"),
    );
    expect(match).toMatchObject({ follows: false, templateLine: 3, fileLine: 6, expected: "export function link() {", found: "function link() {" });
  });
});

describe("the wiring holes", () => {
  const wiring = ["«imports:imports»", "export const x = 1;"].join("\n");

  it("take import declarations, on one line or several", () => {
    expect(matchAttempt(wiring, 'import { a } from "accessor-kit";\nimport {\n  b,\n} from "./design.ts";\nexport const x = 1;').follows).toBe(true);
  });

  it("take no other code, so nothing can be smuggled in beside the imports", () => {
    expect(matchAttempt(wiring, 'import { a } from "accessor-kit";\ndeclare module "accessor-kit" {}\nexport const x = 1;').follows).toBe(false);
    expect(matchAttempt("«uses:uses»\nfn f() {}", "use design::kit;\nimpl Host for KitData {}\nfn f() {}").follows).toBe(false);
  });
});
