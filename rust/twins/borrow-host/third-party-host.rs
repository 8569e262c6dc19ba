// expect: compiles
//! `&mut d.audited.view` for sockets and `&mut d.audited` for http: two field borrows.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| &mut d.audited.view)?;
    http::add_to_linker(linker, |d| &mut d.audited)
}
