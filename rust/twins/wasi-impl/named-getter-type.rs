// expect: error E0277
//! get-host's `GetHost<&'a mut KitData>` with `type Host = WasiImpl<&'a mut KitData>`: the `Fn`
//! supertrait again (E0277).

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;

impl<'a> sockets::GetHost<&'a mut KitData> for KitGetter {
    type Host = WasiImpl<&'a mut KitData>;
}

impl<'a> http::GetHost<&'a mut KitData> for KitGetter {
    type Host = WasiHttpImpl<&'a mut KitData>;
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, KitGetter)?;
    http::add_to_linker_get_host(linker, KitGetter)
}
