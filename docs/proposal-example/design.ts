// lend-host (a proposal, not one of the kit's designs): the getter does not return the host, it
// lends it. addToLinker hands the getter the store data and a callback, and the getter calls the
// callback with the host, built or borrowed for that one call.
//
// Why try it: wasmtime #8382 asked for getters that hand out a view of two fields of the store data.
// A returned view needs its lifetime in the getter's type (D3's `GetHost<&'a mut T>`, D7's GAT
// `HasData::Data<'a>` in PR #10770); a lent one does not, since the callback runs while the borrow
// is alive.
// What it costs: the callback's result type is a type parameter of the getter, so every getter is
// a generic function. TypeScript types an arrow written in the call against a generic signature,
// so getters stay plain arrows there; a getter declared apart must be written generic. The
// libraries lend their hosts over any view (`lendSocketsHost`, `lendHttpHost`) and give the bindings
// no Host impls (`libraries` is empty), and a getter lends a host, not a view: one getter serves two
// interfaces only if it lends something that is both hosts.
// Rust (not checked: this proposal brings no twins): closures cannot be generic, so a Rust getter
// would be a named type with a generic `lend` method.
// Where TypeScript is weaker: nothing ties the host to the callback's call, and the kit's one
// wiring (`addInterfaceToLinker`) wants the host returned, so addToLinker takes it back out.

import {
  addInterfaceToLinker,
  type BindgenOptions,
  type HostFor,
  hostFor,
  type HostImpl,
  type HttpView,
  HttpViewHost,
  type Interface,
  type InterfaceName,
  type IpNameLookupHost,
  type Libraries,
  type Linker,
  type OutgoingHandlerHost,
  type SocketsView,
  SocketsViewHost,
  world,
} from "accessor-kit";

/** The getter: lends the host H, reached from the store data T, to `use` for one call. */
export type Lender<T, H> = <R>(data: T, use: (host: H) => R) => R;

export interface InterfaceBindings<Host> {
  addToLinker<T>(linker: Linker<T>, lend: Lender<T, Host>): void;
}

export type Bindings<L extends Libraries> = { readonly [N in InterfaceName]: InterfaceBindings<HostFor<L, N>> };

function bindingsFor<H>(iface: Interface<H>, impl: HostImpl<string, unknown, H> | undefined): InterfaceBindings<unknown> {
  return {
    addToLinker<T>(linker: Linker<T>, lend: Lender<T, unknown>): void {
      addInterfaceToLinker(linker, iface, (data) => lend(data, (host) => hostFor(impl, host)));
    },
  };
}

/** The bindings, the libraries' impls beside them (no forwarding impls: nothing can overlap). */
export function bindgen<const L extends Libraries>(options: Omit<BindgenOptions<L>, "skipMutForwardingImpls">): Bindings<L> {
  return { sockets: bindingsFor(world.sockets, options.impls.sockets), http: bindingsFor(world.http, options.impls.http) };
}

/** The libraries' Host impls the bindings are told: none, since the libraries lend their hosts instead. */
export const libraries = {} as const satisfies Libraries;

export const { sockets, http } = bindgen({ impls: libraries });

/** The world's bindings: one lender for every interface, which must lend a host of them all. */
export const fetcher = {
  addToLinker<T>(linker: Linker<T>, lend: Lender<T, IpNameLookupHost & OutgoingHandlerHost>): void {
    sockets.addToLinker(linker, lend);
    http.addToLinker(linker, lend);
  },
};

/** The sockets library's host, lent over any SocketsView. */
export const lendSocketsHost = <R>(view: SocketsView, use: (host: IpNameLookupHost) => R): R => use(new SocketsViewHost(view));

/** The http library's host, lent over any HttpView. */
export const lendHttpHost = <R>(view: HttpView, use: (host: OutgoingHandlerHost) => R): R => use(new HttpViewHost(view));
