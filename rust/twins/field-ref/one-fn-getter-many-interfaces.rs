// expect: compiles
//! A `fn` item is `for<'a> fn(&'a mut KitData) -> &'a mut KitData`, Copy, and fits both bounds.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
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
