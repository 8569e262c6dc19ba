// expect: error nocode
//! A higher-ranked `fn` item against `Fn(&mut T) -> B` with one B: not general enough (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

fn get(d: &mut KitData) -> &mut KitData {
    d
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, KitData, _>(linker, get)?;
    http::add_to_linker::<_, KitData, _>(linker, get)
}
