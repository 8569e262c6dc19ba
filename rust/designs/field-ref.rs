//! D1 field-ref (wasmtime <= 20, e.g. wasmtime-wasi 20.0.0): the getter may only return `&mut U`
//! borrowed from the store data, `U: Host`. Closures infer with no help (the bound is an `Fn`
//! bound) and may capture Copy values. Cost (#8382): a host needing two fields of the store data
//! (the shared table plus its own ctx) cannot be returned, so composing hosts needs one store type
//! that implements every view.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

bindgen! {
    pub fn add_to_linker<T: 'static, U: Host>(
        linker: &mut Linker<T>,
        get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
    ) -> Result<(), LinkError> {
        add_functions(linker, move |data, call| call(get(data)))
    }
}

// The libraries (wasmtime-wasi(-http) 20): a blanket host over every view; callers pass `|t| t`.
host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
host_over_view!(http, [V: kit::HttpView] V, |this| this);
