// expect: error E0277
//! A closure owning a `String` is not Copy, and GetHost wants `Copy` (E0277).

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = String::from("acme");
    let sockets_tenant = tenant.clone();
    sockets::add_to_linker_get_host(linker, sockets_getter(move |d: &mut AppData| d.tenants.get_mut(&sockets_tenant).unwrap().sockets_view()))?;
    http::add_to_linker_get_host(linker, http_getter(move |d: &mut AppData| d.tenants.get_mut(&tenant).unwrap().http_view()))
}
