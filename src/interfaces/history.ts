// History: where a design comes from, as its module states it (`export const history`): the step of
// wasmtime's history it mirrors (docs/history.md names them D1 to D8), the PR or issue that brought
// it, and the wasmtime releases that shipped it. The decision table's release column reads it from
// every design module, a proposal's included; a module without one is "unknown" there.

/** The wasmtime releases that shipped a design, by major version, or that none did. */
export type Release =
  /** `from` absent: already in the oldest release checked; `to` absent: still in the newest. */
  | { readonly from?: number; readonly to?: number }
  | "never released";

export interface DesignHistory {
  /** The step of docs/history.md the design mirrors: `D1` ... `D8` (a proposal may have none). */
  readonly step?: string;
  /** Where it was proposed or merged, as a reader looks it up: `PR #10770`, `wasmtime #8382 (comment)`. */
  readonly source?: string;
  readonly release: Release;
}
