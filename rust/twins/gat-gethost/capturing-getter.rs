// expect: error E0277
//! `move |d: &mut AppData| ..` capturing `tenant`. A named getter type could hold the tenant as a
//! field; the closure implements no `GetHost`, and bindgen! cannot give it one (`impl<F, T,
//! U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = "acme";
    sockets::add_to_linker(linker, move |d: &mut AppData| d.tenants.get_mut(tenant).unwrap().sockets_view())?;
    http::add_to_linker(linker, move |d: &mut AppData| d.tenants.get_mut(tenant).unwrap().http_view())
}
