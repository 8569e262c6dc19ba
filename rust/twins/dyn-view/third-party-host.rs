// expect: compiles
//! `&mut d.audited.view` coerced to `&mut dyn SocketsView`; `&mut d.audited` through `add_to_linker`.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::sockets_getter;
bindgen!({});
libraries!();

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut App| &mut d.audited.view))?;
    http::add_to_linker(linker, |d| &mut d.audited)
}
