// expect: compiles
//! `sockets_getter(|d: &mut AppData| WasiImpl(&mut d.kit))`: the library's wrapper around a field.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{http_getter, sockets_getter, WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut AppData| WasiImpl(&mut d.kit)))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut AppData| WasiHttpImpl(&mut d.kit)))
}
