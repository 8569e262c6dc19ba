// expect: compiles
//! `fn` pointers are Copy, Send, Sync and 'static: D1's bound takes them.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub struct Getters {
    pub sockets: fn(&mut KitData) -> &mut KitData,
    pub http: fn(&mut KitData) -> &mut KitData,
}

pub fn getters() -> Getters {
    Getters { sockets: |d| d, http: |d| d }
}

pub fn link(linker: &mut Linker<KitData>, getters: Getters) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, getters.sockets)?;
    http::add_to_linker(linker, getters.http)
}
