// expect: error E0277
//! `Fetcher::add_to_linker(linker, |d| d)` asks `KitData: sockets::Host + http::Host`; these
//! libraries implement Host on their view structs only (E0277). The whole world took one
//! `add_to_linker_get_host` per interface.

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker(linker, |d| d)
}
