// expect: compiles
//! `impl sockets::GetHost for KitGetter { type T = KitData; type Host<'a> = SocketsCtxView<'a>; ..
//! }` and the http twin: the GAT names the view borrowed for one call. Compiles.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{HttpCtxView, KitData, LinkError, Linker, SocketsCtxView};
bindgen!({});
libraries!();

#[derive(Clone, Copy)]
pub struct KitGetter;

impl sockets::GetHost for KitGetter {
    type T = KitData;
    type Host<'a> = SocketsCtxView<'a>;
    fn get_host<'a>(&self, data: &'a mut KitData) -> SocketsCtxView<'a> {
        data.sockets_view()
    }
}

impl http::GetHost for KitGetter {
    type T = KitData;
    type Host<'a> = HttpCtxView<'a>;
    fn get_host<'a>(&self, data: &'a mut KitData) -> HttpCtxView<'a> {
        data.http_view()
    }
}

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, KitGetter)?;
    http::add_to_linker(linker, KitGetter)
}
