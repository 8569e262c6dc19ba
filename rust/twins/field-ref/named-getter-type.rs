// expect: error E0277
//! `add_to_linker` asks `Fn(&mut T) -> &mut U`, which only closures and functions are on stable
//! Rust: E0277.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
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
