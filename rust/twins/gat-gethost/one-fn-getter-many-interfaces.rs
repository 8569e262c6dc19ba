// expect: error E0277
//! A `fn` item is no GetHost either: E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

fn get(d: &mut KitData) -> &mut KitData {
    d
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, get)?;
    http::add_to_linker(linker, get)
}
