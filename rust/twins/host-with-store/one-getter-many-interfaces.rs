// expect: error E0277
//! `HasSelf<KitData>` asks `&mut KitData: Host`, and KitData is no Host (E0277).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::HasSelf;
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    let get = |d: &mut KitData| d;
    sockets::add_to_linker::<_, HasSelf<_>>(linker, get)?;
    http::add_to_linker::<_, HasSelf<_>>(linker, get)
}
