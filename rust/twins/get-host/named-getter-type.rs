// expect: error E0277
//! `impl GetHost<&'a mut KitData> for KitGetter` by hand: GetHost's supertrait is `Fn(T) ->
//! Self::Host`, which a struct cannot implement on stable Rust, so the impl is E0277 (and so is the
//! call).

#[macro_use]
#[path = "../../designs/get-host.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;

impl<'a> sockets::GetHost<&'a mut KitData> for KitGetter {
    type Host = SocketsCtxView<'a>;
}

impl<'a> http::GetHost<&'a mut KitData> for KitGetter {
    type Host = HttpCtxView<'a>;
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, KitGetter)?;
    http::add_to_linker_get_host(linker, KitGetter)
}
