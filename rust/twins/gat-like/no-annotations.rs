// expect: error E0283
//! No type arguments: `D` appears only in `D::Data<'_>`, which rustc cannot invert, so it asks for
//! type annotations (E0283, "cannot satisfy `_: HasData`"), even where one marker would fit;
//! spin#3172 added `::<_, HasSelf<_>>` throughout for this.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{KitData, LinkError, Linker};
use design::{http, sockets};

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| s.sockets_view())?;
    http::add_to_linker(linker, |s| s.http_view())
}
