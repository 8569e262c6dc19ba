// expect: compiles
//! The view of `d.audited.view` for sockets; `&mut d.audited` through `add_to_linker`, whose forwarding
//! impl makes `&mut AuditedHttp<_>` a Host.

#[macro_use]
#[path = "../../designs/get-host.rs"]
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
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut App| d.audited.view.sockets_view()))?;
    http::add_to_linker(linker, |d| &mut d.audited)
}
