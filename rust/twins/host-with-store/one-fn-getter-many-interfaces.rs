// expect: error E0277
//! The `fn` item is a fine getter; `&mut KitData` is no Host (E0277).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::HasSelf;
bindgen!({});
libraries!();

fn get(d: &mut KitData) -> &mut KitData {
    d
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, HasSelf<_>>(linker, get)?;
    http::add_to_linker::<_, HasSelf<_>>(linker, get)
}
