// FuncType: a core wasm function signature, as the linker checks it. A definition's signature comes
// from its declaration (an interface's params/results, or the signature passed to funcWrap); an
// import's from the guest's binary (module-types.ts). Written the way wasmtime prints them
// (`(func (param i32 i32) (result i32))`, `WasmFuncType`'s Display in crates/environ/src/types.rs).

export type ValType = "i32" | "i64" | "f32" | "f64" | "v128" | "funcref" | "externref";

export interface FuncType {
  readonly params: readonly ValType[];
  readonly results: readonly ValType[];
}

export function formatFuncType({ params, results }: FuncType): string {
  const param = params.length > 0 ? ` (param ${params.join(" ")})` : "";
  const result = results.length > 0 ? ` (result ${results.join(" ")})` : "";
  return `(func${param}${result})`;
}

export function sameFuncType(a: FuncType, b: FuncType): boolean {
  return sameTypes(a.params, b.params) && sameTypes(a.results, b.results);
}

function sameTypes(a: readonly ValType[], b: readonly ValType[]): boolean {
  return a.length === b.length && a.every((type, i) => type === b[i]);
}

/**
 * The signature a guest imports an async-lowered function with (`[async-lower]name`): the same
 * parameters, then a pointer its one result is written at when the call returns (when it has one),
 * returning the packed subtask status. A result the synchronous signature already returns through a
 * trailing pointer parameter keeps it: the canonical ABI lowers both the same way.
 */
export function asyncLowered({ params, results }: FuncType): FuncType {
  return { params: results.length > 0 ? [...params, "i32"] : params, results: ["i32"] };
}

/** Bytes a value of `type` takes in guest memory, and its alignment. */
export function sizeOf(type: ValType): number {
  return type === "i64" || type === "f64" ? 8 : type === "v128" ? 16 : 4;
}
