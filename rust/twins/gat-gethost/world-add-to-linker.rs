// expect: error E0277
//! `Fetcher::add_to_linker(linker, |d: &mut KitData| d)`: a closure implements no GetHost (E0277).
//! A struct implementing both, as in named-getter-type, is what it takes.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker(linker, |d: &mut KitData| d)
}
