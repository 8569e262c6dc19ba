// The wasm signature of every function a guest imports. Node 20's `WebAssembly.Module.imports()`
// names an import and its kind but not its type (the JS API's type reflection is still behind
// --experimental-wasm-type-reflection), so the runtime reads the types from the module's binary:
// the type section (1) and the import section (2), which come before every other section.
// A module the runtime compiled (`compileModule`, and so `loadGuest` and bytes given to
// `Linker.instantiate`) keeps its import types; one compiled elsewhere has none to check, and the
// linker refuses it rather than link what it cannot check.

import { type FuncType, type ValType } from "./func-type.ts";
import { LinkError } from "./link-error.ts";

export interface FuncImport {
  readonly module: string;
  readonly name: string;
  readonly type: FuncType;
}

const funcImportsOf = new WeakMap<WebAssembly.Module, readonly FuncImport[]>();

/** Compiles a guest and keeps its function imports' types; invalid bytes are a LinkError. */
export function compileModule(bytes: Uint8Array): WebAssembly.Module {
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch (error) {
    throw new LinkError(`not a valid WebAssembly module: ${error instanceof Error ? error.message : String(error)}`);
  }
  funcImportsOf.set(module, readFuncImports(bytes));
  return module;
}

/** The function imports of a guest the runtime compiled, in order; undefined for any other module. */
export function funcImports(compiled: WebAssembly.Module): readonly FuncImport[] | undefined {
  return funcImportsOf.get(compiled);
}

const valTypes: Readonly<Record<number, ValType>> = {
  0x7f: "i32",
  0x7e: "i64",
  0x7d: "f32",
  0x7c: "f64",
  0x7b: "v128",
  0x70: "funcref",
  0x6f: "externref",
};

/** The function imports of a valid module's bytes, in order. */
export function readFuncImports(bytes: Uint8Array): FuncImport[] {
  const reader = new Reader(bytes);
  reader.skip(8); // magic and version
  let types: FuncType[] = [];
  while (!reader.done) {
    const id = reader.byte();
    const section = reader.sub(reader.u32());
    if (id === 1) types = readTypes(section);
    if (id === 2) return readImports(section, types);
    if (id > 2 && id !== 0) break; // custom sections (0) may come anywhere; imports come before section 3
  }
  return [];
}

function readTypes(reader: Reader): FuncType[] {
  return reader.vec(() => {
    const form = reader.byte();
    if (form !== 0x60) throw reader.unsupported(`type form 0x${form.toString(16)}`);
    return { params: reader.vec(() => valType(reader)), results: reader.vec(() => valType(reader)) };
  });
}

function readImports(reader: Reader, types: readonly FuncType[]): FuncImport[] {
  const imports: FuncImport[] = [];
  reader.vec(() => {
    const module = reader.name();
    const name = reader.name();
    const kind = reader.byte();
    if (kind === 0x00) {
      const index = reader.u32();
      const type = types[index];
      if (type === undefined) throw reader.unsupported(`type index ${index}`);
      imports.push({ module, name, type });
    } else if (kind === 0x01) {
      valType(reader);
      limits(reader);
    } else if (kind === 0x02) {
      limits(reader);
    } else if (kind === 0x03) {
      valType(reader);
      reader.byte(); // mutability
    } else if (kind === 0x04) {
      reader.byte(); // tag attribute
      reader.u32();
    } else {
      throw reader.unsupported(`import kind 0x${kind.toString(16)}`);
    }
  });
  return imports;
}

function valType(reader: Reader): ValType {
  const code = reader.byte();
  const type = valTypes[code];
  if (type === undefined) throw reader.unsupported(`value type 0x${code.toString(16)}`);
  return type;
}

function limits(reader: Reader): void {
  const flags = reader.byte();
  reader.u64(); // minimum
  if (flags & 1) reader.u64(); // maximum
}

class Reader {
  private at: number;

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    private readonly end = bytes.length,
  ) {
    this.at = start;
  }

  get done(): boolean {
    return this.at >= this.end;
  }

  byte(): number {
    if (this.at >= this.end) throw this.unsupported("truncated section");
    return this.bytes[this.at++]!;
  }

  skip(count: number): void {
    this.at += count;
  }

  /** An unsigned LEB128 of up to 32 bits. */
  u32(): number {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
    }
  }

  /** An unsigned LEB128 of up to 64 bits, read only to skip it. */
  u64(): void {
    while (this.byte() & 0x80);
  }

  name(): string {
    const length = this.u32();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  vec<R>(read: () => R): R[] {
    return Array.from({ length: this.u32() }, read);
  }

  /** The next `length` bytes as a reader of their own, skipping them here. */
  sub(length: number): Reader {
    const reader = new Reader(this.bytes, this.at, this.at + length);
    this.at += length;
    return reader;
  }

  unsupported(what: string): LinkError {
    return new LinkError(`cannot read the guest's import types: unsupported ${what} at byte ${this.at}`);
  }
}
