// The host-with-store design (D8) through the real concurrent guest: http's `await-status` is the
// marker's HostWithStore function, reached through an accessor, and the view is lent only inside
// `accessor.with`. What the types cannot refuse (a view kept in an outer variable, or used after an
// await inside the callback) the runtime's Accessor refuses when it is used.

import { AccessorError, type HttpCtxView, KitData, Linker, loadGuest, Store, Trap } from "accessor-kit";
import { describe, expect, it } from "vitest";
import {
  bindgen,
  type HasData,
  type HostWithStoreImpl,
  hostWithStore,
  http,
  libraries,
  sockets,
  wasiHttpWithStore,
  type WasiHttp,
  type WasiSockets,
} from "../designs/host-with-store.ts";

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** The concurrent guest linked through the design: the libraries' markers, or `withStore` impls of a marker of the test's own. */
async function linkedGuest(withStore?: HostWithStoreImpl<Own>) {
  const linker = new Linker<KitData>();
  sockets.addToLinker<KitData, WasiSockets>(linker, (d) => d.socketsView());
  if (withStore === undefined) http.addToLinker<KitData, WasiHttp>(linker, (d) => d.httpView());
  else bindgen({ impls: libraries, withStore: [withStore] }).http.addToLinker<KitData, Own>(linker, (d) => d.httpView());
  const store = new Store(new KitData());
  return { store, instance: linker.instantiate(store, await loadGuest("concurrent")) };
}

/** A marker of the test's own over the http view struct. */
interface Own extends HasData {
  readonly data: HttpCtxView;
}

/** An `impl http::HostWithStore for Own` running `awaitStatus`. */
const own = (awaitStatus: HostWithStoreImpl<Own>["awaitStatus"]) => hostWithStore<Own>("impl http::HostWithStore for Own", () => true, { awaitStatus });

describe("host-with-store through the concurrent guest", () => {
  it("runs two await-status calls at once through WasiHttp's HostWithStore, the store lent to one with at a time", async () => {
    const { store, instance } = await linkedGuest();
    const waiting: (() => void)[] = [];
    store.data.http.arrival = () => new Promise<void>((arrive) => waiting.push(arrive));
    const fetched = instance.callAsync("fetch-both", 0);
    await turn();
    expect({ awaiting: store.data.http.awaiting, lent: store.lent }).toEqual({ awaiting: 2, lent: 0 });
    for (const arrive of waiting) arrive();
    expect(await fetched).toEqual([200, 200]);
    expect({ mostLent: store.mostLent, awaiting: store.data.http.awaiting, live: store.data.table.size }).toEqual({ mostLent: 1, awaiting: 0, live: 0 });
  });

  it("finds the impl of the marker the call named: an impl of the user's own answers", async () => {
    const { instance } = await linkedGuest(own(async (accessor, response) => accessor.with((access) => access.get().table.get(response).status + 1)));
    expect(await instance.callAsync("fetch-both", 0)).toEqual([201, 201]);
  });

  it("refuses a view kept in an outer variable past its with, once it is used: a Trap of kind host, its cause AccessorError revoked", async () => {
    let kept: HttpCtxView | undefined;
    const { store, instance } = await linkedGuest(
      own(async (accessor, response) => {
        accessor.with((access) => {
          kept = access.get();
        });
        await turn();
        return kept!.table.get(response).status;
      }),
    );
    const trap = await instance.callAsync("fetch-both", 0).catch((error: unknown) => error);
    expect(trap).toBeInstanceOf(Trap);
    expect(trap).toMatchObject({ kind: "host", cause: { name: "AccessorError", kind: "revoked" } });
    expect((trap as Trap).cause).toBeInstanceOf(AccessorError);
    expect(store.data.table.size).toBe(0);
  });

  it("refuses an access used after an await inside the with callback (the types take the async callback: it returns a promise)", async () => {
    const { instance } = await linkedGuest(
      own(async (accessor, response) =>
        accessor.with(async (access) => {
          await turn();
          return access.get().table.get(response).status;
        }),
      ),
    );
    await expect(instance.callAsync("fetch-both", 0)).rejects.toMatchObject({ kind: "host", cause: { kind: "revoked" } });
  });
});
