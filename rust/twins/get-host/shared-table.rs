// expect: compiles
//! The store data implements both views, so each library's blanket host is reached through `&mut
//! KitData` and both share its one table; the getter is annotated as every GetHost caller had to.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, type_annotate};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, type_annotate(|s: &mut KitData| s))?;
    http::add_to_linker_get_host(linker, type_annotate(|s: &mut KitData| s))
}
