// expect: error E0277
//! `let get = |d: &mut KitData| d;` through `add_to_linker`: `&mut KitData` is no Host; only
//! `dyn View + '_` is (E0277).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |d: &mut KitData| d;
    sockets::add_to_linker(linker, get)?;
    http::add_to_linker(linker, get)
}
