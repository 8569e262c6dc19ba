// expect: compiles
//! The annotated closure captures a Copy `&'static str`: `Send + Sync + Copy + 'static` holds.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = "acme";
    sockets::add_to_linker_get_host(linker, sockets_getter(move |d: &mut AppData| d.tenants.get_mut(tenant).unwrap().sockets_view()))?;
    http::add_to_linker_get_host(linker, http_getter(move |d: &mut AppData| d.tenants.get_mut(tenant).unwrap().http_view()))
}
