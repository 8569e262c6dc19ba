// expect: error E0277
//! get-host's `GetHost<&'a mut KitData>` with `type Host = &'a mut dyn SocketsView`: the `Fn`
//! supertrait again (E0277).

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;

impl<'a> sockets::GetHost<&'a mut KitData> for KitGetter {
    type Host = &'a mut dyn kit::SocketsView;
}

impl<'a> http::GetHost<&'a mut KitData> for KitGetter {
    type Host = &'a mut dyn kit::HttpView;
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, KitGetter)?;
    http::add_to_linker_get_host(linker, KitGetter)
}
