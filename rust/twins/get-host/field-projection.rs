// expect: compiles
//! `sockets_getter(|d: &mut AppData| d.kit.sockets_view())`: an annotated closure returning the
//! library's view struct, a Host.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut AppData| d.kit.sockets_view()))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut AppData| d.kit.http_view()))
}
