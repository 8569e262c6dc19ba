// expect: compiles
//! D1's world `add_to_linker` kept: `|d| d` compiles as under field-ref.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker(linker, |d| d)
}
