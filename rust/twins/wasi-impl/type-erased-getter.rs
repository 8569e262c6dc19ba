// expect: error E0038 E0191
//! Both getters kept in one record, erased to the GetHost each addToLinker takes. D6 kept D3's
//! bindings, so it fails as D3 does: the `Output` of GetHost's `Fn` supertrait must be named
//! (E0191), and once the outputs are named as rustc's help says, GetHost is not dyn compatible
//! because of its `Copy` supertrait (E0038). WasiImpl changed which host is returned, not the
//! getter's trait.

#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, WasiHttpImpl, WasiImpl};

pub struct Getters {
    pub sockets: Box<dyn for<'a> sockets::GetHost<&'a mut KitData>>,
    pub http: Box<dyn for<'a> http::GetHost<&'a mut KitData>>,
}

/// The record after rustc's help for E0191: each output named.
pub struct GettersWithOutputs {
    pub sockets: Box<dyn for<'a> sockets::GetHost<&'a mut KitData, Host = WasiImpl<&'a mut KitData>, Output = WasiImpl<&'a mut KitData>>>,
    pub http: Box<dyn for<'a> http::GetHost<&'a mut KitData, Host = WasiHttpImpl<&'a mut KitData>, Output = WasiHttpImpl<&'a mut KitData>>>,
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
