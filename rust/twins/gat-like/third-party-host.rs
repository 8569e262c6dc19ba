// expect: compiles
//! `add_to_linker::<_, WasiSockets>` and `add_to_linker::<_, HasSelf<_>>(linker, |d| &mut d.audited)`.

#[macro_use]
#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{HasSelf, WasiSockets};
bindgen!({});
libraries!();

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.audited.view.sockets_view())?;
    http::add_to_linker::<_, HasSelf<_>>(linker, |d| &mut d.audited)
}
