import { type FutureIncomingResponse, HttpCtxView, KitData, Linker, type Resource } from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";
import {
  bindgen,
  type HasData,
  type HasSelf,
  type HostAccess,
  type HostAccessor,
  hostWithStore,
  http,
  type Lent,
  libraries,
  type MarkersOf,
  type NoHostWithStore,
  type NotLent,
  sockets,
  type ViewKeptPastWith,
  type WasiHttp,
  wasiHttpWithStore,
  type WasiSockets,
  type WithStoreFor,
} from "./host-with-store.ts";

declare const accessor: HostAccessor<KitData, WasiHttp>;
declare const response: Resource<FutureIncomingResponse>;

describe("NotLent", () => {
  test("refuses the view `with` lent", () => {
    expectTypeOf<NotLent<Lent<HttpCtxView>>>().toEqualTypeOf<ViewKeptPastWith>();
  });

  test("accepts what was taken out of it, and a promise made inside", () => {
    expectTypeOf<NotLent<number>>().toEqualTypeOf<unknown>();
    expectTypeOf<NotLent<Promise<void>>>().toEqualTypeOf<unknown>();
  });
});

describe("HostAccessor.with", () => {
  test("lends D's view to its callback and returns what the callback took out of it", () => {
    expectTypeOf(accessor.with((access) => access.get().http.status)).toEqualTypeOf<number>();
  });

  test("refuses a callback that returns the view itself", () => {
    type Use = Parameters<typeof accessor.with<Lent<HttpCtxView>>>[0];
    expectTypeOf<(access: HostAccess<KitData, WasiHttp>) => Lent<HttpCtxView>>().not.toExtend<Use>();
  });

  test("cannot see a view kept in an outer variable: the runtime's Accessor refuses its use (revoked)", () => {
    let kept: HttpCtxView | undefined;
    expectTypeOf(accessor.with).toBeCallableWith((access) => {
      kept = access.get();
    });
    expectTypeOf(kept).toEqualTypeOf<HttpCtxView | undefined>();
  });
});

describe("the HostWithStore bound", () => {
  test("holds for the markers some impl is for: the libraries give WasiHttp's", () => {
    expectTypeOf<MarkersOf<[typeof wasiHttpWithStore]>>().toEqualTypeOf<WasiHttp>();
    expectTypeOf<WithStoreFor<WasiHttp, WasiHttp>>().toEqualTypeOf<unknown>();
  });

  test("fails for a marker without an impl, HasSelf<KitData> included", () => {
    expectTypeOf<WithStoreFor<HasSelf<KitData>, WasiHttp>>().toEqualTypeOf<NoHostWithStore>();
  });

  test("sockets has no async function: any marker whose view is a host will do", () => {
    expectTypeOf(sockets.addToLinker<KitData, WasiSockets>).toBeCallableWith(new Linker<KitData>(), (d) => d.socketsView());
  });

  test("http takes the library's marker, the view built on the call", () => {
    expectTypeOf(http.addToLinker<KitData, WasiHttp>).toBeCallableWith(new Linker<KitData>(), (d) => d.httpView());
  });

  test("an impl of the user's own, passed to bindgen, makes its marker one http accepts", () => {
    const own = hostWithStore<Own>("impl http::HostWithStore for Own", (view) => view instanceof HttpCtxView, {
      awaitStatus: async (store, future) => store.with((access) => access.get().table.get(future).status),
    });
    const bindings = bindgen({ impls: libraries, withStore: [wasiHttpWithStore, own] });
    expectTypeOf(bindings.http.addToLinker<KitData, Own>).toBeCallableWith(new Linker<KitData>(), (d) => d.httpView());
    expectTypeOf(own.awaitStatus<KitData>).parameter(1).toEqualTypeOf(response);
  });
});

/** A marker of the user's own whose view is the http view struct. */
interface Own extends HasData {
  readonly data: HttpCtxView;
}

