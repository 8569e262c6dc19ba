//! D4 gat-gethost: the GAT `GetHost` alexcrichton floated in a comment of wasmtime #8382
//! (2024-04-23; never shipped). The getter is a value of any type implementing the interface's
//! `GetHost`, whose associated `type T` is the store data and whose generic associated type
//! `Host<'a>` is the host borrowed from `&'a mut T` for one call. bindgen! cannot implement it for
//! closures (`impl<F, T, U> GetHost for F` leaves T and U unconstrained: E0207, docs/history.md D4),
//! so every getter is a named type with a hand-written impl.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// The bindings the comment sketches, one `GetHost` per interface and `add_to_linker` over any of
/// its implementations, with bindgen!'s forwarding impls (the same thread asked for them) and their
/// opt-out. Bounds: the comment's `GetHost: Send + Sync + 'static`, nothing asked of T; under
/// `async: true`, the kit's reading of wasmtime 21's async bounds (`T: Send`, `Host<'a>: Host +
/// Send`). The world's `add_to_linker` takes one getter implementing every interface's `GetHost`
/// over one store type, cloned for each (the kit's reading: the sketch shows one interface).
macro_rules! bindgen {
    ({}) => {
        bindgen!(@bindings bindgen_shell, [], []);
        forwarding_impls!();
    };
    ({ skip_mut_forwarding_impls: true }) => {
        bindgen!(@bindings bindgen_shell, [], []);
    };
    ({ async: true }) => {
        bindgen!(@bindings async_bindgen_shell, [Send], [+ Send]);
        forwarding_impls!();
    };
    (@bindings $shell:ident, [$($data:tt)*], [$($host:tt)*]) => {
        $shell! {
            pub trait GetHost: Send + Sync + 'static {
                type T;
                type Host<'a>: Host $($host)*;
                fn get_host<'a>(&self, data: &'a mut Self::T) -> Self::Host<'a>;
            }

            pub fn add_to_linker<G: GetHost>(linker: &mut Linker<G::T>, getter: G) -> Result<(), LinkError>
            where
                G::T: $($data)*,
            {
                add_functions(linker, move |data, call| call(&mut getter.get_host(data)))
            }
        }

        impl Fetcher {
            pub fn add_to_linker<G>(linker: &mut kit::Linker<<G as sockets::GetHost>::T>, getter: G) -> Result<(), kit::LinkError>
            where
                G: sockets::GetHost + http::GetHost<T = <G as sockets::GetHost>::T> + Clone,
                <G as sockets::GetHost>::T: $($data)*,
            {
                sockets::add_to_linker(linker, getter.clone())?;
                http::add_to_linker(linker, getter)
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
