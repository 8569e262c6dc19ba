// expect: error E0282
//! `add_to_linker(linker, |d| d.sockets_view())`: no `Fn` bound gives `d` a type (E0282);
//! annotated, the closure is E0277, as in the other scenarios.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d.sockets_view())?;
    http::add_to_linker(linker, |d| d.http_view())
}
