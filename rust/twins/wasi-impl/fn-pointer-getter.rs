// expect: compiles
//! `fn(&mut KitData) -> WasiImpl<&mut KitData>` pointers: Copy, higher-ranked, a GetHost.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: fn(&mut KitData) -> WasiImpl<&mut KitData>,
    pub http: fn(&mut KitData) -> WasiHttpImpl<&mut KitData>,
}

pub fn getters() -> Getters {
    Getters { sockets: |d| WasiImpl(d), http: |d| WasiHttpImpl(d) }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
