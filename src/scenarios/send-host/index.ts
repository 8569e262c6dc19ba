import { loadGuest } from "../../guest.ts";
import { KitData } from "../../interfaces/view.ts";
import { type Linked, type Scenario, ScenarioCheckError } from "../scenario.ts";

/**
 * An embedder's store data on a single-threaded runtime: its hosts' state in `kit`, as in AppData,
 * beside a log the embedder shares with the rest of its code. Rust's `kit::LocalData` shares it
 * through an `Rc<RefCell<Vec<String>>>`, so it is not `Send`; every JavaScript object is shared that
 * way, and no TypeScript type tells such a value from one that could cross threads.
 */
export class LocalData {
  readonly kit = new KitData();

  constructor(readonly log: string[] = []) {}
}

/**
 * The concurrent guest's `fetch-both`: two `await-status` calls, the interface's async function, in
 * flight through the hosts at once; both statuses 200 and the table empty afterwards.
 */
async function fetchBothAsync(linked: Linked<unknown>): Promise<void> {
  const instance = linked.linker.instantiate(linked.store, await loadGuest("concurrent"));
  const statuses = await instance.callAsync("fetch-both", 0);
  if (JSON.stringify(statuses) !== "[200,200]") throw new ScenarioCheckError(`fetch-both statuses: expected [200,200], got ${JSON.stringify(statuses)}`);
  if (linked.table.size !== 0) throw new ScenarioCheckError(`live resources after fetch-both: expected 0, got ${linked.table.size}`);
}

export const sendHost: Scenario = {
  id: "send-host",
  intent: "link both interfaces with async bindings (`async: true`), each host a field of store data that also holds a log shared through an `Rc`, so the store data is not `Send`",
  origin:
    "bindgen!'s `async: true` asks `T: Send` and `U: Host + Send` since its first version (PR #5317; v20.0.0:crates/wit-bindgen/src/lib.rs:1697), `trait Host: Send` from PR #8448, `T: 'static + Send` with HasData (PR #10770); `!Send` store data: wasmtime #10677, #11170",
  check: (linked) => fetchBothAsync(linked),
};
