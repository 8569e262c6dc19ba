// expect: error nocode
//! `add_to_linker::<_, KitData, _>(linker, |d| &mut d.kit)`: B = `&'a mut KitData` cannot be one type
//! for every `'a` (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{AppData, KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, KitData, _>(linker, |d| &mut d.kit)?;
    http::add_to_linker::<_, KitData, _>(linker, |d| &mut d.kit)
}
