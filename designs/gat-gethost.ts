// gat-gethost (D4, a comment of wasmtime #8382, 2024-04-23; never shipped): the getter is a value of
// a type implementing the interface's `GetHost`, a trait of associated types, `type T` (the store
// data) and the generic associated type `type Host<'a>: Host` (the host borrowed from `&'a mut T`
// for one call), with `fn get_host(&self, data: &mut Self::T) -> Self::Host<'_>`; bindgen! generates
// `add_to_linker<G: GetHost>(linker: &mut Linker<G::T>, getter: G)`. It keeps the forwarding impls
// (and their opt-out), so the libraries put their hosts on their view structs, as under get-host.
//
// TypeScript: an associated type is a member read through indexed access, `this["T"]` in the
// interface and declared by each getter class (`declare readonly T: KitData`), so the bindings read
// the getter's store type and host from its class. TypeScript has no trait-qualified members: two
// interfaces' GetHost name theirs apart (`SocketsHost` / `getSocketsHost`, `HttpHost` /
// `getHttpHost`), so one class may implement both over one `T`. The lifetime has no counterpart.
//
// Allows: any host a named getter type hands out (a field, a view built on the call, an owned host),
// and one getter value for every interface and for the world.
// Costs: every getter is a named type with an impl of its own. bindgen! cannot implement GetHost for
// closures (the store type and host of `impl<F, T, U> GetHost for F` are unconstrained: E0207, see
// docs/history.md D4), so a closure is E0277 in Rust; here it is refused for lacking the members
// (TS2345), and an unannotated one's parameter gets no type from the call (TS7006).

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type CoherentOptions,
  type HostFor,
  hostFor,
  type HostImpl,
  hostsOnCtxViews,
  type Interface,
  type InterfaceName,
  type Libraries,
  type Linker,
  world,
} from "accessor-kit";

/** sockets' `trait GetHost { type T; type Host<'a>: Host; fn get_host(..) }`. */
export interface SocketsGetHost {
  /** `type T`: the store data the getter is given. */
  readonly T: unknown;
  /** `type Host<'a>`: the host it hands out for one call. */
  readonly SocketsHost: unknown;
  getSocketsHost(data: this["T"]): this["SocketsHost"];
}

/** http's `GetHost`, its members named apart from sockets' so that one class may implement both. */
export interface HttpGetHost {
  readonly T: unknown;
  readonly HttpHost: unknown;
  getHttpHost(data: this["T"]): this["HttpHost"];
}

/** Each interface's GetHost, the member holding its `Host<'a>`, and its `get_host`. */
interface GetHostOf {
  readonly sockets: { readonly trait: SocketsGetHost; readonly host: "SocketsHost"; readonly get: "getSocketsHost" };
  readonly http: { readonly trait: HttpGetHost; readonly host: "HttpHost"; readonly get: "getHttpHost" };
}

/** A getter of interface N whose `Host<'a>` is a host (`type Host<'a>: Host`). */
export type GetterOf<N extends InterfaceName, Host> = GetHostOf[N]["trait"] & { readonly [K in GetHostOf[N]["host"]]: Host };

/** `G::T`: the getter's store data is the linker's. */
export interface StoreOf<T> {
  readonly T: T;
}

export interface InterfaceBindings<N extends InterfaceName, Host> {
  /** `add_to_linker::<G>(linker: &mut Linker<G::T>, getter: G)`. */
  addToLinker<T, G extends GetterOf<N, Host> & StoreOf<T>>(linker: Linker<T>, getter: G): void;
}

export interface WorldBindings<L extends Libraries> {
  /** The world's `add_to_linker`: one getter implementing every interface's GetHost over one `T`. */
  addToLinker<T, G extends GetterOf<"sockets", HostFor<L, "sockets">> & GetterOf<"http", HostFor<L, "http">> & StoreOf<T>>(linker: Linker<T>, getter: G): void;
}

export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<N, HostFor<L, N>> } & {
  /** The world `example:kit/fetcher`, which imports both interfaces. */
  readonly fetcher: WorldBindings<L>;
};

/** A getter as the bindings call it: `get_host` of interface N, on a value of any GetHost of N. */
type AnyGetter = Readonly<Record<GetHostOf[InterfaceName]["get"], (data: unknown) => unknown>>;

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined, getHost: GetHostOf[InterfaceName]["get"]) {
  return {
    addToLinker<T>(linker: Linker<T>, getter: AnyGetter): void {
      addInterfaceToLinker(linker, iface, (data) => hostFor(impl, getter[getHost](data)));
    },
  };
}

/** The comment's bindings with bindgen!'s forwarding impls, the libraries' impls checked against them. */
export function bindgen<const O extends BindgenOptions>(options: O & CoherentOptions<O>): Bindings<O["impls"]> {
  const impls: Libraries = options.impls;
  const sockets = bindingsFor(world.sockets, impls.sockets, "getSocketsHost");
  const http = bindingsFor(world.http, impls.http, "getHttpHost");
  const fetcher = {
    addToLinker<T>(linker: Linker<T>, getter: AnyGetter): void {
      sockets.addToLinker(linker, getter);
      http.addToLinker(linker, getter);
    },
  };
  return { sockets, http, fetcher } as unknown as Bindings<O["impls"]>;
}

/** Libraries beside the forwarding impls: hosts on their own view structs. */
export const libraries = hostsOnCtxViews;

export const { sockets, http, fetcher } = bindgen({ impls: libraries });
