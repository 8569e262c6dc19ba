// expect: error E0277
//! `|d| d`: nothing asks for `&mut dyn SocketsView`, so the closure returns `&mut KitData`, no Host (E0277).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, |d| d)?;
    http::add_to_linker_get_host(linker, |d| d)
}
