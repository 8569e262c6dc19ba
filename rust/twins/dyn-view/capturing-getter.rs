// expect: compiles
//! The annotated closure captures a `&'static str`: Copy, a GetHost.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = "acme";
    sockets::add_to_linker_get_host(linker, sockets_getter(move |d: &mut AppData| d.tenants.get_mut(tenant).unwrap()))?;
    http::add_to_linker_get_host(linker, http_getter(move |d: &mut AppData| d.tenants.get_mut(tenant).unwrap()))
}
