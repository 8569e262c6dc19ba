// expect: error E0308
//! `move |d| ..tenant..` captures, so it is no `fn` pointer (E0308).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = "acme";
    sockets::add_to_linker::<_, WasiSockets>(linker, move |d| d.tenants.get_mut(tenant).unwrap().sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, move |d| d.tenants.get_mut(tenant).unwrap().http_view())
}
