// expect: compiles
//! `|d| d` inline to D1's `add_to_linker`: the `Fn` bound gives the closure its signature.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d)?;
    http::add_to_linker(linker, |d| d)
}
