//! D2 borrow-mut: the general form of wasmtime #8382's ask (never shipped): the getter is any
//! `Fn(&mut T) -> B` with `B: BorrowMut<U>`, `U: Host`, so it may return an owned host. `B` is one
//! type for every call, chosen outside the borrow of the store data, so a getter cannot return a
//! borrow of the store data (not even `&mut` a field) nor a view built from its fields.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// D1's bindings with the getter's return type generalised, keeping wasmtime 20's bounds
/// (`Send + Sync + Copy + 'static` on the getter, nothing on T; `T: Send`, `U: Host + Send` under
/// `async: true`, its only option). No forwarding impls. The world's `add_to_linker` generalised
/// the same way (the kit's reading: #8382 asked about the getter, whichever function takes it).
macro_rules! bindgen {
    ({}) => {
        bindgen!(@bindings bindgen_shell, [], []);
    };
    ({ async: true }) => {
        bindgen!(@bindings async_bindgen_shell, [Send], [+ Send]);
    };
    (@bindings $shell:ident, [$($data:tt)*], [$($host:tt)*]) => {
        $shell! {
            pub fn add_to_linker<T: $($data)*, U: Host $($host)*, B: std::borrow::BorrowMut<U>>(
                linker: &mut Linker<T>,
                get: impl Fn(&mut T) -> B + Send + Sync + Copy + 'static,
            ) -> Result<(), LinkError> {
                add_functions(linker, move |data, call| call(get(data).borrow_mut()))
            }
        }

        impl Fetcher {
            pub fn add_to_linker<T: $($data)*, U: sockets::Host + http::Host $($host)*, B: std::borrow::BorrowMut<U>>(
                linker: &mut kit::Linker<T>,
                get: impl Fn(&mut T) -> B + Send + Sync + Copy + 'static,
            ) -> Result<(), kit::LinkError> {
                sockets::add_to_linker::<T, U, B>(linker, get)?;
                http::add_to_linker::<T, U, B>(linker, get)
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
