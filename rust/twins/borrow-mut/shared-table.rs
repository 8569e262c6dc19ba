// expect: error nocode
//! `|d| d` with U = KitData: B = `&'a mut KitData` cannot be one type for every `'a` (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, KitData, _>(linker, |d| d)?;
    http::add_to_linker::<_, KitData, _>(linker, |d| d)
}
