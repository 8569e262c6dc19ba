// expect: compiles
//! `|d| d` inline: the `Fn(&mut T) -> &mut U` bound gives the closure its higher-ranked signature.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d)?;
    http::add_to_linker(linker, |d| d)
}
