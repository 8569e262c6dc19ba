// expect: compiles
//! `WasiImpl(&mut d.audited.view)` for sockets; `&mut d.audited` through `add_to_linker`.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{sockets_getter, WasiImpl};
bindgen!({});
libraries!();

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut App| WasiImpl(&mut d.audited.view)))?;
    http::add_to_linker(linker, |d| &mut d.audited)
}
