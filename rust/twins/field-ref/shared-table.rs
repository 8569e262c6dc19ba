// expect: compiles
//! Both hosts share the store data's one table only because the store data itself implements both
//! views (KitData is both a SocketsView and an HttpView), so `|s| s` is the host of both: D1
//! composes hosts only by putting every view on the one store type (#8382).

#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| s)?;
    http::add_to_linker(linker, |s| s)
}
