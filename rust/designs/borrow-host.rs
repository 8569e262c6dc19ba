//! D2 borrow-host: the seed comment of wasmtime #8382 (never shipped). The getter is a
//! `BorrowHost<T, U>`, whose `borrow_host` returns some `impl BorrowMut<U>`; bindgen! implements it
//! for every field-ref closure (`Fn(&mut T) -> &mut U`) and nothing else, so an owned host needs a
//! named getter type with a hand-written `BorrowHost` impl; a view borrowing the store data is out of
//! reach even then, U being fixed outside the borrow.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

/// The bindings the seed comment sketches: D1's `add_to_linker` kept (its bounds: wasmtime 20's),
/// forwarding to `add_to_linker_borrow_host`, whose `BorrowHost: Send + Sync + 'static` is the
/// comment's own. No forwarding impls, no options but `async: true`, which adds wasmtime 20's async
/// bounds (`T: Send`, `U: Host + Send`). The comment changed only the interface's function, so the
/// world's `add_to_linker` stays D1's (the kit's reading: the sketch shows no world).
macro_rules! bindgen {
    ({}) => {
        bindgen!(@bindings bindgen_shell, [], []);
    };
    ({ async: true }) => {
        bindgen!(@bindings async_bindgen_shell, [Send], [+ Send]);
    };
    (@bindings $shell:ident, [$($data:tt)*], [$($host:tt)*]) => {
        $shell! {
            pub trait BorrowHost<T, U>: Send + Sync + 'static {
                fn borrow_host<'a>(&self, data: &'a mut T) -> impl std::borrow::BorrowMut<U>
                where
                    U: 'a;
            }

            /// Every field-ref closure is a BorrowHost; nothing else is, unless implemented by hand.
            impl<T, U, F> BorrowHost<T, U> for F
            where
                F: Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
            {
                fn borrow_host<'a>(&self, data: &'a mut T) -> impl std::borrow::BorrowMut<U>
                where
                    U: 'a,
                {
                    self(data)
                }
            }

            pub fn add_to_linker<T: $($data)*, U: Host $($host)*>(
                linker: &mut Linker<T>,
                get: impl Fn(&mut T) -> &mut U + Send + Sync + Copy + 'static,
            ) -> Result<(), LinkError> {
                add_to_linker_borrow_host(linker, get)
            }

            pub fn add_to_linker_borrow_host<T: $($data)*, U: Host $($host)*>(
                linker: &mut Linker<T>,
                getter: impl BorrowHost<T, U>,
            ) -> Result<(), LinkError> {
                use std::borrow::BorrowMut;
                add_functions(linker, move |data, call| call(getter.borrow_host(data).borrow_mut()))
            }
        }

        field_ref_world!([$($data)*], [$($host)*]);
    };
}

/// The libraries keep D1's blanket hosts over every view.
macro_rules! libraries {
    () => {
        host_over_view!(sockets, [V: kit::SocketsView] V, |this| this);
        host_over_view!(http, [V: kit::HttpView] V, |this| this);
    };
}
