// accessor-kit: the package root. The runtime (named after wasmtime's), the example interfaces
// every design links, the guests that drive them, and the scenarios with the store data and the
// `linkBoth` every design's cells share.

export { Access, Accessor, AccessorError, type AccessorErrorKind } from "./runtime/accessor.ts";
export { Caller } from "./runtime/caller.ts";
export { CallbackCode, EventCode, Status } from "./runtime/concurrent.ts";
export { type FuncType, type ValType } from "./runtime/func-type.ts";
export { Instance, type GuestFunc, type WasmValue } from "./runtime/instance.ts";
export { LinkError } from "./runtime/link-error.ts";
export { Linker, LinkerInstance, type AsyncHostFunc, type ConcurrentHostFunc, type HostFunc } from "./runtime/linker.ts";
export { compileModule } from "./runtime/module-types.ts";
export {
  Resource,
  ResourceTable,
  ResourceTableError,
  type ResourceTableErrorKind,
  type ResourceType,
} from "./runtime/resource-table.ts";
export { Store } from "./runtime/store.ts";
export { Trap, type TrapKind } from "./runtime/trap.ts";
export { wat, WatError } from "./runtime/wat.ts";

export {
  type CheckCoherence,
  type ConflictingImplementations,
  type Disjoint,
  type Impl,
  type Overlap,
  type OverlapCheck,
  type Overlaps,
  type TraitNotModelled,
} from "./coherence/overlap.ts";
export { type KitCrate } from "./coherence/kit-crate.ts";
export { type ParseCrate, type RustSyntaxError } from "./coherence/syntax.ts";

export { ErrorCode, HostError } from "./interfaces/error-code.ts";
export { FutureIncomingResponse, HttpCtx } from "./interfaces/http-ctx.ts";
export {
  HttpViewHost,
  httpViewHostWithStore,
  outgoingHandler,
  type OutgoingHandlerHost,
  type OutgoingHandlerHostWithStore,
  type OutgoingHandlerWithStore,
} from "./interfaces/http.ts";
export {
  addInterfaceToLinker,
  addInterfaceToLinkerConcurrent,
  type AsyncInterfaceFunction,
  type HostAccess,
  type HostWithStoreKind,
  type HostWithStoreOf,
  type Interface,
  type InterfaceFunction,
  type NoAsyncFunctions,
  type SyncInterfaceFunction,
  type WasmType,
} from "./interfaces/interface.ts";
export { ipv4, ResolveAddressStream, SocketsCtx } from "./interfaces/sockets-ctx.ts";
export { ipNameLookup, SocketsViewHost, type IpNameLookupHost } from "./interfaces/sockets.ts";
export {
  HttpCtxView,
  isHttpView,
  isSocketsView,
  KitData,
  SocketsCtxView,
  type HttpView,
  type SocketsView,
} from "./interfaces/view.ts";
export { type Borrow, field, type FieldGetter, lend } from "./interfaces/borrow.ts";
export {
  type BindgenOptions,
  type CoherentOptions,
  type ForwardingImpl,
  type HasForwardingImpls,
  type HostFor,
  type HostForWorld,
  hostFor,
  type HostImpl,
  hostImpl,
  hostsOnCtxViews,
  hostsOverEveryView,
  type HostTraitName,
  type InterfaceName,
  type Libraries,
  type SelfOf,
  world,
  worldBindings,
  type WorldHosts,
  type InterfaceLinkers,
} from "./interfaces/bindgen.ts";

export { guestString, loadGuest, type GuestName } from "./guest.ts";
export { fetchThroughBothInterfaces, linkBoth, type Linked, type Scenario, ScenarioCheckError } from "./scenarios/scenario.ts";
export { AppData } from "./scenarios/app-data.ts";
export { SharedKit } from "./scenarios/owned-host/index.ts";
export { LocalData } from "./scenarios/send-host/index.ts";
export { AuditedHttp } from "./scenarios/third-party-host/index.ts";
export { StoreData } from "./scenarios/cross-crate-orphan/store.ts";
export { scenarioById, scenarios } from "./scenarios/index.ts";
