//! D7 gat-like (PR #10770, wasmtime 34 on): the getter is a plain `fn(&mut T) -> D::Data<'_>`, where
//! a marker type `D: HasData` names the lifetime-dependent host type through a GAT; `HasSelf<T>`
//! is the marker for `&mut T`. Closures coerce to the fn pointer with no annotation and the getter
//! is a concrete, erasable type. Costs: callers must name `D` (E0283 without it, spin#3172); a fn
//! pointer cannot capture (E0308); one marker type per projection, which a library must export
//! (#11693 / #11695).

#[path = "../common/kit.rs"]
#[macro_use]
pub mod kit;

#[path = "../common/forwarding.rs"]
mod forwarding;

use std::marker::PhantomData;

pub trait HasData: 'static {
    type Data<'a>;
}

/// The marker for a getter that returns the store data itself, or a field of it.
pub struct HasSelf<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized + 'static> HasData for HasSelf<T> {
    type Data<'a> = &'a mut T;
}

bindgen! {
    pub fn add_to_linker<T: 'static, D>(
        linker: &mut Linker<T>,
        host_getter: fn(&mut T) -> D::Data<'_>,
    ) -> Result<(), LinkError>
    where
        D: HasData,
        for<'a> D::Data<'a>: Host,
    {
        add_functions(linker, move |data, call| call(&mut host_getter(data)))
    }
}

// The libraries (wasmtime-wasi 42 shape): each host is the borrowed view of its two fields, named
// by a public marker (`WasiRandom`, and `WasiHttp` once #11695 made it public).
host_over_view!(sockets, ['a] kit::SocketsCtxView<'a>, |this| this);
host_over_view!(http, ['a] kit::HttpCtxView<'a>, |this| this);

pub struct WasiSockets;

impl HasData for WasiSockets {
    type Data<'a> = kit::SocketsCtxView<'a>;
}

pub struct WasiHttp;

impl HasData for WasiHttp {
    type Data<'a> = kit::HttpCtxView<'a>;
}
