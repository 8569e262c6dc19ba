//! D2 borrow-mut: the general form of wasmtime #8382's ask (never shipped): the getter is any
//! `Fn(&mut T) -> B` with `B: BorrowMut<U>`, `U: Host`, so it may return an owned host. `B` is one
//! type for every call, chosen outside the borrow of the store data, so a getter cannot return a
//! borrow of the store data (not even `&mut` a field) nor a view built from its fields.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// D1's bindings with the getter's return type generalised, keeping wasmtime 20's bounds
/// (`Send + Sync + Copy + 'static` on the getter, nothing on T). No options, no forwarding impls.
macro_rules! bindgen {
    ({}) => {
        bindgen_shell! {
            pub fn add_to_linker<T, U: Host, B: std::borrow::BorrowMut<U>>(
                linker: &mut Linker<T>,
                get: impl Fn(&mut T) -> B + Send + Sync + Copy + 'static,
            ) -> Result<(), LinkError> {
                add_functions(linker, move |data, call| call(get(data).borrow_mut()))
            }
        }
    };
}

/// The libraries keep D1's blanket hosts over every view.
macro_rules! libraries {
    () => {
        host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
        host_over_view!(http, [V: kit::HttpView] V, |this| this);
    };
}
