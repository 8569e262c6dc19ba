//! D1 field-ref (wasmtime <= 20): the getter may only return `&mut U` borrowed from the store data,
//! `U: Host`; the libraries make every view a host.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// bindgen! as wasmtime 20 generated it (v20.0.0:crates/wit-bindgen/src/lib.rs:1710): no options, no
/// forwarding impls; the getter `Send + Sync + Copy + 'static`, nothing asked of T in sync bindings
/// (`T: Send` under async), `Linker<T>` with no bound (v20.0.0:crates/wasmtime/src/runtime/component/linker.rs:59).
macro_rules! bindgen {
    ({}) => {
        bindgen_shell! {
            pub fn add_to_linker<T, U: Host>(
                linker: &mut Linker<T>,
                get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
            ) -> Result<(), LinkError> {
                add_functions(linker, move |data, call| call(get(data)))
            }
        }
    };
}

/// wasmtime-wasi(-http) 20: a blanket host over every view.
macro_rules! libraries {
    () => {
        host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
        host_over_view!(http, [V: kit::HttpView] V, |this| this);
    };
}
