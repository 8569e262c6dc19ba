//! D4 gat-gethost: the GAT `GetHost` alexcrichton sketched in wasmtime #8382 (never shipped; lann
//! "tried many variations with GATs" and dropped it). The getter is any value of a type that
//! implements `GetHost`, whose `type Host<'a>` names the host borrowed from the store data `&'a mut
//! Self::T`. bindgen! keeps the forwarding impls (the same comment asked for them).

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// The bindings the thread sketched: a `GetHost` trait per interface, `add_to_linker` over any of
/// its implementations, and bindgen!'s forwarding impls unless opted out.
macro_rules! bindgen {
    ({}) => {
        bindgen!({ skip_mut_forwarding_impls: true });
        forwarding_impls!();
    };
    ({ skip_mut_forwarding_impls: true }) => {
        bindgen_shell! {
            pub trait GetHost: Send + Sync + 'static {
                type T;
                type Host<'a>: Host;
                fn get_host<'a>(&self, data: &'a mut Self::T) -> Self::Host<'a>;
            }

            pub fn add_to_linker<G: GetHost>(linker: &mut Linker<G::T>, getter: G) -> Result<(), LinkError> {
                add_functions(linker, move |data, call| call(&mut getter.get_host(data)))
            }
        }
    };
}

/// The libraries keep the forwarding impls, so their hosts are their view structs (as under
/// get-host and gat-like).
macro_rules! libraries {
    () => {
        host_over_view!(sockets, ['a] kit::SocketsCtxView<'a>, |this| this);
        host_over_view!(http, ['a] kit::HttpCtxView<'a>, |this| this);
    };
}
