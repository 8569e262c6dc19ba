// expect: error nocode
//! `add_to_linker::<_, KitData, _>(linker, |d| d)`: one type `B` for every borrow `&'a mut KitData`
//! again (no code), as in shared-table.

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    Fetcher::add_to_linker::<_, KitData, _>(linker, |d| d)
}
