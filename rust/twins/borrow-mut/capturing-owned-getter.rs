// expect: error E0277
//! A closure owning a `String` is not Copy (E0277).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{AppData, KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = String::from("acme");
    let sockets_tenant = tenant.clone();
    sockets::add_to_linker::<_, KitData, _>(linker, move |d| d.tenants.get_mut(&sockets_tenant).unwrap())?;
    http::add_to_linker::<_, KitData, _>(linker, move |d| d.tenants.get_mut(&tenant).unwrap())
}
