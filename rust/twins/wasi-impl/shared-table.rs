// expect: compiles
//! `WasiImpl(d)` and `WasiHttpImpl(d)` from annotated closures.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter, WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| WasiImpl(d)))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| WasiHttpImpl(d)))
}
