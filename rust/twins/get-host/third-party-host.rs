// expect: compiles
//! A resolver library in another module ships its state and builds its sockets host over a table it
//! is lent; it cannot know the store type, nor implement a Host or a view for it (the orphan rule,
//! across crates). The getter builds the library's host from two fields, which GetHost allows; as
//! every view-returning getter, it is annotated with a one-line helper.

#[path = "../../designs/get-host.rs"]
mod design;
use design::kit::{HttpCtx, HttpCtxView, LinkError, Linker, ResourceTable, SocketsCtxView};
use design::{http, kit, sockets};

mod resolver {
    use super::kit::{ResourceTable, SocketsCtx, SocketsCtxView};

    /// The library's state: names of its own.
    #[derive(Default)]
    pub struct Resolver {
        pub names: SocketsCtx,
    }

    /// The library's host: its names, with the resources in the table the embedder lends.
    pub fn resolver_host<'a>(table: &'a mut ResourceTable, resolver: &'a mut Resolver) -> SocketsCtxView<'a> {
        SocketsCtxView { table, ctx: &mut resolver.names }
    }
}

pub struct App {
    pub table: ResourceTable,
    pub resolver: resolver::Resolver,
    pub http: HttpCtx,
}

fn sockets_host<F: Fn(&mut App) -> SocketsCtxView<'_>>(getter: F) -> F { getter }
fn http_host<F: Fn(&mut App) -> HttpCtxView<'_>>(getter: F) -> F { getter }

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_host(|d| resolver::resolver_host(&mut d.table, &mut d.resolver)))?;
    http::add_to_linker_get_host(linker, http_host(|d| HttpCtxView { table: &mut d.table, ctx: &mut d.http }))
}
