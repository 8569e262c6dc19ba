// expect: error E0277
//! `fn get(d: &mut KitData) -> &mut KitData` through `add_to_linker`: KitData is no Host (E0277).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
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
