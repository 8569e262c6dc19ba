//! D1 field-ref (wasmtime <= 20): the getter may only return `&mut U` borrowed from the store data,
//! `U: Host`; the libraries make every view a host.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// bindgen! as wasmtime 20 generated it (v20.0.0:crates/wit-bindgen/src/lib.rs:1710): no forwarding
/// impls, no options but `async: true`; the getter `Send + Sync + Copy + 'static`, nothing asked of T
/// in sync bindings, `T: Send` and `U: Host + Send` under async (v20.0.0:crates/wit-bindgen/src/lib.rs:1697),
/// `Linker<T>` with no bound (v20.0.0:crates/wasmtime/src/runtime/component/linker.rs:59). The world's
/// `add_to_linker` takes the same getter, its `U` every interface's host
/// (v20.0.0:crates/wit-bindgen/src/lib.rs:848).
macro_rules! bindgen {
    ({}) => {
        bindgen!(@bindings bindgen_shell, [], []);
    };
    ({ async: true }) => {
        bindgen!(@bindings async_bindgen_shell, [Send], [+ Send]);
    };
    (@bindings $shell:ident, [$($data:tt)*], [$($host:tt)*]) => {
        $shell! {
            pub fn add_to_linker<T: $($data)*, U: Host $($host)*>(
                linker: &mut Linker<T>,
                get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
            ) -> Result<(), LinkError> {
                add_functions(linker, move |data, call| call(get(data)))
            }
        }

        field_ref_world!([$($data)*], [$($host)*]);
    };
}

/// wasmtime-wasi(-http) 20: a blanket host over every view.
macro_rules! libraries {
    () => {
        host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
        host_over_view!(http, [V: kit::HttpView] V, |this| this);
    };
}
