// expect: error E0038 E0191
//! Both getters kept in one record, each erased to the GetHost its interface takes: `Box<dyn
//! for<'a> GetHost<&'a mut KitData>>`. The `Output` of GetHost's `Fn` supertrait must be named
//! (E0191). Following rustc's help and naming it (it depends on 'a) reaches the next error: GetHost
//! is not dyn compatible, its `Copy` supertrait needing `Sized` (E0038). This is the reason PR
//! #10770 gives for replacing GetHost.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub struct Getters {
    pub sockets: Box<dyn for<'a> sockets::GetHost<&'a mut KitData>>,
    pub http: Box<dyn for<'a> http::GetHost<&'a mut KitData>>,
}

/// The record after rustc's help for E0191: each output named.
pub struct GettersWithOutputs {
    pub sockets: Box<dyn for<'a> sockets::GetHost<&'a mut KitData, Host = &'a mut KitData, Output = &'a mut KitData>>,
    pub http: Box<dyn for<'a> http::GetHost<&'a mut KitData, Host = &'a mut KitData, Output = &'a mut KitData>>,
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
