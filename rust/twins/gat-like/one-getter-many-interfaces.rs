// expect: error E0277
//! One getter for both interfaces must have one output type, so it is a `fn` returning the store
//! data, with `HasSelf`. The bindings' forwarding impl makes `&mut KitData` a host only if KitData
//! is one, and the libraries' hosts are their views, so neither interface accepts it (E0277); each
//! marker needs a getter of its own.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets, HasSelf};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, HasSelf<_>>(linker, get_data)?;
    http::add_to_linker::<_, HasSelf<_>>(linker, get_data)
}

fn get_data(data: &mut KitData) -> &mut KitData {
    data
}
