// expect: error E0277
//! `Box<dyn Fn(&mut KitData) -> WasiImpl<&mut KitData>>` is not Copy (E0277).

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: Box<dyn (Fn(&mut KitData) -> WasiImpl<&mut KitData>) + Send + Sync>,
    pub http: Box<dyn (Fn(&mut KitData) -> WasiHttpImpl<&mut KitData>) + Send + Sync>,
}

pub fn getters() -> Getters {
    Getters { sockets: Box::new(|d| WasiImpl(d)), http: Box::new(|d| WasiHttpImpl(d)) }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, getters.sockets)?;
    http::add_to_linker_get_host(linker, getters.http)
}
