// expect: error E0277
//! A closure owning a `String` is not Copy (E0277).

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter, WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = String::from("acme");
    let sockets_tenant = tenant.clone();
    sockets::add_to_linker_get_host(linker, sockets_getter(move |d: &mut AppData| WasiImpl(d.tenants.get_mut(&sockets_tenant).unwrap())))?;
    http::add_to_linker_get_host(linker, http_getter(move |d: &mut AppData| WasiHttpImpl(d.tenants.get_mut(&tenant).unwrap())))
}
