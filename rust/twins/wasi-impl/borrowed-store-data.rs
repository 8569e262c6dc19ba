// expect: compiles
//! `WasiImpl(&mut *d.kit)`; no bound on T.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter, WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub struct App<'a> {
    pub kit: &'a mut KitData,
}

pub fn link<'a>(linker: &mut Linker<App<'a>>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut App<'a>| WasiImpl(&mut *d.kit)))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut App<'a>| WasiHttpImpl(&mut *d.kit)))
}
