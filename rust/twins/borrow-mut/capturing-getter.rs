// expect: error nocode
//! The capture is fine (Copy), the returned `&mut KitData` is not: one-type B (no code).

#[macro_use]
#[path = "../../designs/borrow-mut.rs"]
mod design;
use design::kit;
use design::kit::{AppData, KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    let tenant = "acme";
    sockets::add_to_linker::<_, KitData, _>(linker, move |d| d.tenants.get_mut(tenant).unwrap())?;
    http::add_to_linker::<_, KitData, _>(linker, move |d| d.tenants.get_mut(tenant).unwrap())
}
