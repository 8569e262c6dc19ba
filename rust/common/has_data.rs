//! wasmtime's `HasData` and `HasSelf` (crates/wasmtime/src/runtime/component/has_data.rs at v34.0.0,
//! unchanged at v36), and the libraries' public markers: what gat-like (D7) and host-with-store (D8)
//! share. A design includes it with `#[path = "../common/has_data.rs"] mod has_data;`.

use std::marker::PhantomData;

pub trait HasData: 'static {
    type Data<'a>;
}

pub struct HasSelf<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized + 'static> HasData for HasSelf<T> {
    type Data<'a> = &'a mut T;
}

pub struct WasiSockets;

impl HasData for WasiSockets {
    type Data<'a> = super::kit::SocketsCtxView<'a>;
}

pub struct WasiHttp;

impl HasData for WasiHttp {
    type Data<'a> = super::kit::HttpCtxView<'a>;
}
