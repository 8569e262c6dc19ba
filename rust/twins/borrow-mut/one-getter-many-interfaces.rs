// expect: error nocode
//! A `let` closure returning its `&mut KitData` parameter: B cannot be one type (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |d: &mut KitData| d;
    sockets::add_to_linker::<_, KitData, _>(linker, get)?;
    http::add_to_linker::<_, KitData, _>(linker, get)
}
