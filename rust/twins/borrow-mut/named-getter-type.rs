// expect: error E0277
//! `Fn(&mut T) -> B` again: a struct is no closure (E0277).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;


pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, KitGetter)?;
    http::add_to_linker(linker, KitGetter)
}
