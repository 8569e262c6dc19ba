// expect: error E0277
//! `move |d: &mut AppData| ..` owning a `String`. A closure implements no `GetHost`, and bindgen!
//! cannot give it one (`impl<F, T, U> GetHost for F` leaves T and U unconstrained, E0207): E0277.

#[macro_use]
#[path = "../../designs/gat-gethost.rs"]
mod design;
use design::kit;
use design::kit::{AppData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = String::from("acme");
    let sockets_tenant = tenant.clone();
    sockets::add_to_linker(linker, move |d: &mut AppData| d.tenants.get_mut(&sockets_tenant).unwrap().sockets_view())?;
    http::add_to_linker(linker, move |d: &mut AppData| d.tenants.get_mut(&tenant).unwrap().http_view())
}
