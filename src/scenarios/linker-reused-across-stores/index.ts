import { guestString, loadGuest } from "../../guest.ts";
import { ErrorCode } from "../../interfaces/error-code.ts";
import { ipv4 } from "../../interfaces/sockets-ctx.ts";
import { KitData } from "../../interfaces/view.ts";
import { Store } from "../../runtime/store.ts";
import { expectEqual, keepStream, type Linked, type Scenario, ScenarioCheckError } from "../scenario.ts";

/**
 * The cell's one linker, instantiated in its own store and in a second store whose data differ (another
 * status, a name only it resolves): each store's hosts answer from their own data, each table holds only
 * what was minted through its store, and a handle of one store is no handle in the other.
 */
export async function eachStoreSeesOnlyItsOwnData(linked: Linked<unknown>): Promise<void> {
  const first = linked.store.data;
  if (!(first instanceof KitData)) throw new ScenarioCheckError("the cell's store data is not a KitData");
  const second = new KitData();
  second.http.status = 503;
  second.sockets.names.set("tenant.internal", [ipv4("10.0.0.7")]);
  const guest = await loadGuest("fetch");
  const one = linked.linker.instantiate(linked.store, guest);
  const two = linked.linker.instantiate(new Store(second), guest);
  const sizes = () => `${linked.table.size} and ${second.table.size}`;

  const kept = keepStream(one);
  expectEqual("live resources in the first and second store after the first kept a stream", sizes(), "1 and 0");
  expectEqual(`fetch("localhost") in the second store (its status)`, two.call("fetch", ...guestString(two, "localhost")), 503);
  expectEqual(`fetch("localhost") in the first store (its status)`, one.call("fetch", ...guestString(one, "localhost")), 200);
  expectEqual("requests the first and second store's http ctx counted", `${first.http.requests} and ${second.http.requests}`, "1 and 1");
  expectEqual(`first-address("tenant.internal") in the second store`, two.call("first-address", ...guestString(two, "tenant.internal")), ipv4("10.0.0.7"));
  expectEqual(
    `first-address("tenant.internal") in the first store (error result name-unresolvable)`,
    one.call("first-address", ...guestString(one, "tenant.internal")),
    -ErrorCode.nameUnresolvable,
  );
  expectEqual("live resources in the first and second store after both fetched", sizes(), "1 and 0");
  expectEqual("the first store's stream dropped in the second store (error result invalid-handle)", two.call("drop-stream", kept), ErrorCode.invalidHandle);
  expectEqual("the first store's stream dropped in the first store", one.call("drop-stream", kept), 0);
  expectEqual("live resources in the first and second store at the end", sizes(), "0 and 0");
}

export const linkerReusedAcrossStores: Scenario = {
  id: "linker-reused-across-stores",
  intent: "build the linker once and instantiate it in several stores with different store data, each store's hosts seeing only their own",
  origin:
    "wasmtime PR #2897 (RFC 11): `Linker<T>` holds no store, its host functions instantiate into any Store<T> (the Linker docs' \"Multiple `Store`s\"); a component Linker's `instantiate(&self, store, ..)`",
  tsAttempt: "shared-table",
  check: (linked) => eachStoreSeesOnlyItsOwnData(linked),
};
