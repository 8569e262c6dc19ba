// expect: compiles
//! The store data keeps the hosts' state in a field, and each getter returns that field with
//! `HasSelf`: `Data<'a> = &'a mut KitData`, a host through the forwarding impl that D7 kept, given
//! the embedder's own Host impls on KitData. A closure that captures nothing coerces to the `fn`
//! pointer; only `D` is named, `_` infers T.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{AppData, LinkError, Linker};
use design::{http, kit, sockets, HasSelf};

#[path = "../../common/embedder_hosts.rs"]
mod embedder_hosts;

pub fn link(linker: &mut Linker<AppData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, HasSelf<_>>(linker, |s| &mut s.kit)?;
    http::add_to_linker::<_, HasSelf<_>>(linker, |s| &mut s.kit)
}
