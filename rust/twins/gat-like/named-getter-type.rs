// expect: error E0308
//! `host_getter: fn(&mut T) -> D::Data<'_>`: a struct value is no `fn` pointer (E0308). HasData is
//! implemented on a marker, never on the getter.

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;


pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, KitGetter)?;
    http::add_to_linker::<_, WasiHttp>(linker, KitGetter)
}
