// expect: error E0277
//! `let get = |d: &mut KitData| d;` A closure implements no `GetHost`, and bindgen! cannot give it
//! one (`impl<F, T, U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
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
