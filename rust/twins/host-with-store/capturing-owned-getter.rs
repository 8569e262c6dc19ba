// expect: error E0308
//! A capturing closure does not coerce to a `fn` pointer (E0308).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = String::from("acme");
    let sockets_tenant = tenant.clone();
    sockets::add_to_linker::<_, WasiSockets>(linker, move |d| d.tenants.get_mut(&sockets_tenant).unwrap().sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, move |d| d.tenants.get_mut(&tenant).unwrap().http_view())
}
