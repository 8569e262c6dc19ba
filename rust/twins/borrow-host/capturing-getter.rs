// expect: compiles
//! The closure captures a `&'static str`: Copy, Send, Sync, 'static.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = "acme";
    sockets::add_to_linker(linker, move |d| d.tenants.get_mut(tenant).unwrap())?;
    http::add_to_linker(linker, move |d| d.tenants.get_mut(tenant).unwrap())
}
