import { describe, expect, it } from "vitest";
import { addInterfaceToLinker, HttpViewHost, ipNameLookup, KitData, linkBoth, type Linked, outgoingHandler, type Resource, type ResolveAddressStream, SocketsViewHost } from "accessor-kit";
import { scenarioById } from "../src/scenarios/index.ts";

/** A scenario's runtime check, given what a cell's `link()` returns (the engine reads it as `Linked<unknown>`). */
function check(id: string): (linked: Linked<KitData>) => Promise<void> {
  const scenario = scenarioById(id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  return (linked) => scenario.check(linked as unknown as Linked<unknown>);
}

/** Both interfaces linked over `data`, each host made by `sockets` / `http` from the data a call is given. */
function linked(data: KitData, sockets: (d: KitData) => SocketsViewHost = (d) => new SocketsViewHost(d)): Linked<KitData> {
  return linkBoth(data, data.table, (linker) => {
    addInterfaceToLinker(linker, ipNameLookup, sockets);
    addInterfaceToLinker(linker, outgoingHandler, (d) => new HttpViewHost(d));
  });
}

/** A sockets host whose drop forgets to take the stream out of the table. */
class LeakyDropHost extends SocketsViewHost {
  override dropResolveAddressStream(_stream: Resource<ResolveAddressStream>): void {}
}

describe("linker-reused-across-stores' check", () => {
  it("passes a linker whose getters build each host from the store data of the call", async () => {
    await expect(check("linker-reused-across-stores")(linked(new KitData()))).resolves.toBeUndefined();
  });

  it("fails a linker whose sockets getter closes over one store's data: the second store's stream lands in the first's table", async () => {
    const first = new KitData();
    const capturing = linked(first, () => new SocketsViewHost(first));
    await expect(check("linker-reused-across-stores")(capturing)).rejects.toThrow(
      'fetch("localhost") in the second store (its status): expected 503, got -2',
    );
  });
});

describe("resource-drop's check", () => {
  it("passes hosts whose drops take the resources out of the table", async () => {
    await expect(check("resource-drop")(linked(new KitData()))).resolves.toBeUndefined();
  });

  it("fails a host whose drop leaves the stream in the table", async () => {
    const leaky = linked(new KitData(), (d) => new LeakyDropHost(d));
    await expect(check("resource-drop")(leaky)).rejects.toThrow("live resources after 1 drops: expected 2, got 3");
  });
});
