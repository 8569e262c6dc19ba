//! D7 gat-like (PR #10770, wasmtime 34 on): the getter is a plain `fn(&mut T) -> D::Data<'_>`,
//! where a marker `D: HasData` names the lifetime-dependent host type through a GAT; `HasSelf<T>`
//! is the marker for `&mut T`. bindgen! keeps the forwarding impls unless told
//! `skip_mut_forwarding_impls: true`, and asks `T: 'static`.

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

use std::marker::PhantomData;

/// crates/wasmtime/src/runtime/component/has_data.rs at v34.0.0.
pub trait HasData: 'static {
    type Data<'a>;
}

pub struct HasSelf<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized + 'static> HasData for HasSelf<T> {
    type Data<'a> = &'a mut T;
}

/// bindgen! at v34.0.0 (crates/component-macro/tests/expanded/simple-functions.rs:200): a `fn`
/// pointer (Copy, Send, Sync, 'static by being one), `T: 'static` (PR #10760 put it on `Store<T>` and
/// `Linker<T>` in the same release); under `async: true`, `T: 'static + Send` and `Host + Send`
/// (v34.0.0:crates/component-macro/tests/expanded/simple-functions_async.rs:155, 207). The world's
/// `add_to_linker` takes the same getter, `D::Data<'a>` every interface's host
/// (v34.0.0:crates/component-macro/tests/expanded/simple-functions.rs:149).
macro_rules! bindgen {
    ({}) => {
        bindgen!(@bindings bindgen_shell, [], []);
        forwarding_impls!();
    };
    ({ skip_mut_forwarding_impls: true }) => {
        bindgen!(@bindings bindgen_shell, [], []);
    };
    ({ async: true }) => {
        bindgen!(@bindings async_bindgen_shell, [+ Send], [+ Send]);
        forwarding_impls!();
    };
    (@bindings $shell:ident, [$($data:tt)*], [$($host:tt)*]) => {
        $shell! {
            pub fn add_to_linker<T, D>(
                linker: &mut Linker<T>,
                host_getter: fn(&mut T) -> D::Data<'_>,
            ) -> Result<(), LinkError>
            where
                D: design::HasData,
                for<'a> D::Data<'a>: Host $($host)*,
                T: 'static $($data)*,
            {
                add_functions(linker, move |data, call| call(&mut host_getter(data)))
            }
        }

        impl Fetcher {
            pub fn add_to_linker<T, D>(
                linker: &mut kit::Linker<T>,
                host_getter: fn(&mut T) -> D::Data<'_>,
            ) -> Result<(), kit::LinkError>
            where
                D: design::HasData,
                for<'a> D::Data<'a>: sockets::Host + http::Host $($host)*,
                T: 'static $($data)*,
            {
                sockets::add_to_linker::<T, D>(linker, host_getter)?;
                http::add_to_linker::<T, D>(linker, host_getter)
            }
        }
    };
}

/// The libraries in wasmtime-wasi 36's shape: each host is the borrowed view of the table and its
/// ctx, named by a public marker (`WasiSockets`; `WasiHttp` once #11695 made it public).
macro_rules! libraries {
    () => {
        host_over_view!(sockets, ['a] kit::SocketsCtxView<'a>, |this| this);
        host_over_view!(http, ['a] kit::HttpCtxView<'a>, |this| this);
    };
}

pub struct WasiSockets;

impl HasData for WasiSockets {
    type Data<'a> = kit::SocketsCtxView<'a>;
}

pub struct WasiHttp;

impl HasData for WasiHttp {
    type Data<'a> = kit::HttpCtxView<'a>;
}
