// expect: error nocode
//! `|d| WasiImpl(d)` inline: not general enough for `for<'a> GetHost<&'a mut T>` (no code).

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |d| WasiImpl(d))?;
    http::add_to_linker_get_host(linker, |d| WasiHttpImpl(d))
}
