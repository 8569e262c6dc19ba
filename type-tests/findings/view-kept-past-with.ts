// finding: view-kept-past-with
// expect: error TS2322 at 23 "ViewKeptPastWith"
// expect: error TS18046 at 24 "'view' is of type 'unknown'."
// rust: error E0515 E0521 nocode
//
// host-with-store (D8): a HostWithStore function reaches its view only inside `accessor.with`. Three
// ways to keep the view past the callback, each a function of its own:
// - returned from the callback: the design's `with` refuses a result that is the lent view (only
//   `access.get()` gives a value of the brand `Lent`): ViewKeptPastWith, TS2322, and the refused
//   call's result is `unknown`, so using it is TS18046 (both pinned above);
// - returned inside a tuple, or stored in a variable outside the callback: TypeScript has no
//   lifetimes and the design's check looks at the result itself, not into it, so both compile. The
//   kit's runtime Accessor refuses the view's use once its `with` returned (AccessorError `revoked`,
//   runtime-tests/host-with-store.test.ts).
// Rust (rust/twins/findings/view-kept-past-with.rs) refuses all three: the closure's result may not
// borrow from its `Access` (E0515, with "lifetime may not live long enough"), nor may an outer
// variable (E0521).

import type { FutureIncomingResponse, HttpCtxView, Resource } from "accessor-kit";
import type { HostAccessor, WasiHttp } from "../../designs/host-with-store.ts";

export async function returned<T>(accessor: HostAccessor<T, WasiHttp>, response: Resource<FutureIncomingResponse>): Promise<number> {
  const view = accessor.with((access) => access.get());
  return view.table.get(response).status;
}

export async function returnedInside<T>(accessor: HostAccessor<T, WasiHttp>, response: Resource<FutureIncomingResponse>): Promise<number> {
  const [view] = accessor.with((access) => [access.get(), 0] as const);
  return view.table.get(response).status;
}

export async function storedOutside<T>(accessor: HostAccessor<T, WasiHttp>, response: Resource<FutureIncomingResponse>): Promise<number> {
  let kept: HttpCtxView | undefined;
  accessor.with((access) => {
    kept = access.get();
  });
  return kept!.table.get(response).status;
}
