// expect: compiles
//! `|d| d`, linked once: the getter gets each call's `&mut KitData`.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d)?;
    http::add_to_linker(linker, |d| d)
}

/// The linker built once, then used for two stores whose data differ: each call reaches the store
/// data it is given, so each store's table holds only the stream resolved through it.
pub fn serve_two_stores() -> Result<[usize; 2], LinkError> {
    let mut linker = Linker::new();
    link(&mut linker)?;
    let mut stores = [KitData::default(), KitData::default()];
    stores[1].http.status = 503;
    for data in &mut stores {
        linker.call(data, kit::sockets::INTERFACE, "resolve-addresses", String::from("localhost"))?;
    }
    Ok(stores.map(|data| data.table.len()))
}
