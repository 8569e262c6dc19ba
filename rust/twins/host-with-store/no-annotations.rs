// expect: error E0283
//! `add_to_linker(linker, |d| d.sockets_view())`: D is not inferred (E0283).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d.sockets_view())?;
    http::add_to_linker(linker, |d| d.http_view())
}
