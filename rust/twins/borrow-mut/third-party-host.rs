// expect: error nocode
//! Field borrows as B: cannot be one type for every `'a` (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
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
    sockets::add_to_linker::<_, KitData, _>(linker, |d| &mut d.audited.view)?;
    http::add_to_linker::<_, AuditedHttp<KitData>, _>(linker, |d| &mut d.audited)
}
