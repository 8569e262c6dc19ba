// expect: error E0277
//! `|d| d` asks `KitData: sockets::Host + http::Host`; the hosts are on the two wrappers, one per
//! library (E0277).

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker(linker, |d| d)
}
