// expect: error E0277
//! `&mut KitData` is a Host only if KitData is one, and these libraries implement Host for their view
//! structs only (E0277).

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |d: &mut KitData| d;
    sockets::add_to_linker(linker, get)?;
    http::add_to_linker(linker, get)
}
