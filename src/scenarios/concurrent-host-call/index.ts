import { loadGuest } from "../../guest.ts";
import { KitData } from "../../interfaces/view.ts";
import { type Linked, type Scenario, ScenarioCheckError } from "../scenario.ts";

const immediately = () => Promise.resolve();

/**
 * guests/concurrent.wat's `fetch-both`: two `await-status` calls in flight on one store. Each
 * response is held back until both calls wait for theirs, so the two calls overlap; then the
 * statuses come back, every resource is dropped, and the store must never have been lent to two
 * host calls at once (`Store.mostLent`): an async host function holds the store data from its start
 * until it settles, a concurrent one only inside `accessor.with`.
 */
async function twoCallsInFlight(linked: Linked<unknown>): Promise<void> {
  const { store } = linked;
  if (!(store.data instanceof KitData)) throw new ScenarioCheckError("the store data is not a KitData, whose responses the check holds back");
  const http = store.data.http;
  const instance = linked.linker.instantiate(store, await loadGuest("concurrent"));
  const held: (() => void)[] = [];
  http.arrival = () => new Promise((arrive) => held.push(arrive));
  const fetched = instance.callAsync("fetch-both", 0);
  await new Promise((turn) => setImmediate(turn));
  const inFlight = held.length;
  http.arrival = immediately;
  for (const arrive of held) arrive();
  const statuses = await fetched;
  if (inFlight !== 2) throw new ScenarioCheckError(`await-status calls waiting for their response at once: expected 2, got ${inFlight}`);
  if (String(statuses) !== "200,200") throw new ScenarioCheckError(`fetch-both's two statuses: expected 200,200, got ${String(statuses)}`);
  if (linked.table.size !== 0) throw new ScenarioCheckError(`live resources after the guest dropped everything: expected 0, got ${linked.table.size}`);
  if (store.mostLent > 1) {
    throw new ScenarioCheckError(
      `the store data was lent to ${store.mostLent} host calls at once: each await-status held the host its getter ` +
        "returned across its await while the other call was in flight (in Rust, two live `&mut` borrows of the store data)",
    );
  }
}

export const concurrentHostCall: Scenario = {
  id: "concurrent-host-call",
  intent: "let the guest have two async host calls in flight on one store, neither holding the store data across its await while the other runs",
  origin:
    "wasmtime's component-model-async bindings: concurrent host functions (PR #10844, wasmtime 34 source) reaching the store through `Accessor::with` (PR #11238, wasmtime 36), where `func_wrap_async`'s future holds `StoreContextMut` until it completes",
  tsAttempt: "shared-table",
  check: (linked) => twoCallsInFlight(linked),
};
