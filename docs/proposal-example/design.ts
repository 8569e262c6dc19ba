// lend-host (a proposal, not one of the kit's designs): the getter does not return the host, it
// lends it. addToLinker hands the getter the store data and a callback, and the getter calls the
// callback with the host, built or borrowed for that one call.
//
// Why try it: wasmtime #8382 asked for getters that hand out a view of two fields of the store data.
// A returned view needs its lifetime in the getter's type (D3's `GetHost<&'a mut T>`, D7's GAT
// `HasData::Data<'a>` in PR #10770); a lent one does not, since the callback runs while the borrow
// is alive.
// What it costs: the callback's result type is a type parameter of the getter, so every getter is
// a generic function. TypeScript types an unannotated arrow against a generic signature
// (docs/proposal-example/no-annotations.ts), so getters stay plain arrows. The libraries lend their hosts over any view
// (`lendSocketsHost`, `lendHttpHost`), and a getter lends a host, not a view: one getter serves two
// interfaces only if it lends something that is both hosts.
// Rust (not checked: a proposal has no twins under rust/): closures cannot be generic, so a Rust
// getter would be a named type with a generic `lend` method.
// Where TypeScript is weaker: nothing ties the host to the callback's call, and the kit's one
// wiring (`addInterfaceToLinker`) wants the host returned, so addToLinker takes it back out.

import {
  addInterfaceToLinker,
  type HttpView,
  HttpViewHost,
  type Interface,
  ipNameLookup,
  type IpNameLookupHost,
  type Linker,
  outgoingHandler,
  type OutgoingHandlerHost,
  type SocketsView,
  SocketsViewHost,
} from "accessor-kit";

/** The getter: lends the host H, reached from the store data T, to `use` for one call. */
export type Lender<T, H> = <R>(data: T, use: (host: H) => R) => R;

function addToLinkerFor<H>(iface: Interface<H>) {
  return {
    addToLinker<T>(linker: Linker<T>, lend: Lender<T, H>): void {
      addInterfaceToLinker(linker, iface, (data) => lend(data, (host) => host));
    },
  };
}

export const sockets = addToLinkerFor(ipNameLookup);
export const http = addToLinkerFor(outgoingHandler);

/** The sockets library's host, lent over any SocketsView. */
export const lendSocketsHost: Lender<SocketsView, IpNameLookupHost> = (view, use) => use(new SocketsViewHost(view));

/** The http library's host, lent over any HttpView. */
export const lendHttpHost: Lender<HttpView, OutgoingHandlerHost> = (view, use) => use(new HttpViewHost(view));
