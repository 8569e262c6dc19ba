// expect: compiles
//! `Fetcher::add_to_linker(linker, |d| d)`: `U = KitData` is `sockets::Host + http::Host` through
//! the blanket hosts (v20.0.0:crates/wit-bindgen/src/lib.rs:848). Compiles.

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker(linker, |d| d)
}
