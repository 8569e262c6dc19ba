import { guestString, loadGuest } from "../../guest.ts";
import { ErrorCode } from "../../interfaces/error-code.ts";
import { expectEqual, keepStream, type Linked, type Scenario } from "../scenario.ts";

/**
 * The guest keeps three streams, then drops them one at a time: each drop reaches the host the
 * design's getter returns, which takes the resource out of the table; a second drop of a handle is an
 * error result, a stream whose response is live is not dropped, and the table ends empty.
 */
export async function everyDropReachesTheHost(linked: Linked<unknown>): Promise<void> {
  const instance = linked.linker.instantiate(linked.store, await loadGuest("fetch"));
  const streams = [keepStream(instance), keepStream(instance), keepStream(instance)] as const;
  expectEqual("live resources after the guest kept three streams", linked.table.size, 3);
  for (const [index, stream] of streams.entries()) {
    expectEqual(`drop of kept stream ${index + 1}`, instance.call("drop-stream", stream), 0);
    expectEqual(`live resources after ${index + 1} drops`, linked.table.size, 2 - index);
  }
  expectEqual("a dropped stream dropped again (error result invalid-handle)", instance.call("drop-stream", streams[0]), ErrorCode.invalidHandle);
  expectEqual("drop a stream whose response is live (error result has-children)", instance.call("drop-parent-first"), -ErrorCode.hasChildren);
  expectEqual(`fetch("localhost") status, its response and stream dropped`, instance.call("fetch", ...guestString(instance, "localhost")), 200);
  expectEqual("live resources after the guest dropped everything", linked.table.size, 0);
}

export const resourceDrop: Scenario = {
  id: "resource-drop",
  intent: "let the guest drop the resources it was given, each drop reaching the host through the design, and find the table empty",
  origin:
    "bindgen!'s resource traits: `HostX::drop(&mut self, rep: Resource<X>)` in a supertrait of Host, its forwarding impl, and `inst.resource(.., |store, rep| HostX::drop(&mut host_getter(store.data_mut()), ..))` (bindgen's expanded resources-import test at wasmtime 22 and 34; `get(store.data_mut())` at 20)",
  tsAttempt: "shared-table",
  check: (linked) => everyDropReachesTheHost(linked),
};
