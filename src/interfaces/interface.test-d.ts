import {
  type Access,
  type Accessor,
  addInterfaceToLinkerConcurrent,
  type HostWithStoreOf,
  HttpViewHost,
  httpViewHostWithStore,
  KitData,
  Linker,
  type NoAsyncFunctions,
  outgoingHandler,
  type OutgoingHandlerHost,
  type OutgoingHandlerHostWithStore,
  type OutgoingHandlerWithStore,
} from "accessor-kit";
import { describe, expectTypeOf, test } from "vitest";

describe("HostWithStoreOf", () => {
  test("applies an interface's HostWithStore kind to the view its accessor lends", () => {
    expectTypeOf<HostWithStoreOf<OutgoingHandlerWithStore, HttpViewHost>>().toEqualTypeOf<OutgoingHandlerHostWithStore<HttpViewHost>>();
    expectTypeOf<HostWithStoreOf<OutgoingHandlerWithStore, OutgoingHandlerHost>>().toEqualTypeOf<
      OutgoingHandlerHostWithStore<OutgoingHandlerHost>
    >();
  });

  test("is empty for an interface with no async functions", () => {
    expectTypeOf<HostWithStoreOf<NoAsyncFunctions, HttpViewHost>>().toEqualTypeOf<Record<never, never>>();
  });
});

describe("addInterfaceToLinkerConcurrent", () => {
  test("lends its functions the view the getter returns, through Accessor<T, V>", () => {
    type AwaitStatus = OutgoingHandlerHostWithStore<HttpViewHost>["awaitStatus"];
    expectTypeOf<Parameters<AwaitStatus>[0]>().toEqualTypeOf<Accessor<unknown, HttpViewHost>>();
    expectTypeOf<Parameters<Parameters<Accessor<KitData, HttpViewHost>["with"]>[0]>[0]>().toEqualTypeOf<Access<KitData, HttpViewHost>>();
    expectTypeOf<ReturnType<Access<KitData, HttpViewHost>["get"]>>().toEqualTypeOf<HttpViewHost>();
  });

  test("takes a HostWithStore over the getter's view, and refuses one over a view the getter does not return", () => {
    const linker = new Linker<KitData>();
    addInterfaceToLinkerConcurrent(linker, outgoingHandler, (data) => new HttpViewHost(data), httpViewHostWithStore);
    const overHostOnly: OutgoingHandlerHostWithStore<OutgoingHandlerHost> = {
      awaitStatus: async (accessor, response) => accessor.with((access) => access.get().futureStatus(response)),
    };
    addInterfaceToLinkerConcurrent(linker, outgoingHandler, (data) => new HttpViewHost(data), overHostOnly);
    const host: OutgoingHandlerHost = new HttpViewHost(new KitData());
    // @ts-expect-error httpViewHostWithStore reaches `view`, which a getter returning any OutgoingHandlerHost does not promise
    addInterfaceToLinkerConcurrent(linker, outgoingHandler, () => host, httpViewHostWithStore);
  });
});
