// expect: compiles
//! `fn get(d: &mut KitData) -> &mut KitData` fits `Fn(&mut T) -> &mut U + Copy` for both interfaces.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
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
