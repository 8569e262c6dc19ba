// expect: compiles
//! A resolver library in another module ships its state, its host over that state and a table it is
//! lent, and the HasData marker naming that host, exported so that embedders can name it (what
//! #11693 / #11695 asked of wasmtime-wasi-http's WasiHttp). The embedder names the marker and lends
//! the library its table; it never implements anything for the library.

#[path = "../../designs/gat-like.rs"]
mod design;
use design::kit::{HttpCtx, HttpCtxView, LinkError, Linker, ResourceTable};
use design::{http, sockets, WasiHttp};

mod resolver {
    use super::design::kit::{self, sockets, ErrorCode, Resource, ResolveAddressStream, ResourceTable, SocketsCtx, SocketsCtxView};
    use super::design::HasData;

    #[derive(Default)]
    pub struct Resolver {
        pub names: SocketsCtx,
    }

    /// The library's host: its resolver's names, with the resources in a table it is lent.
    pub struct ResolverHost<'a> {
        table: &'a mut ResourceTable,
        resolver: &'a mut Resolver,
    }

    impl<'a> ResolverHost<'a> {
        pub fn new(table: &'a mut ResourceTable, resolver: &'a mut Resolver) -> Self {
            ResolverHost { table, resolver }
        }
    }

    impl sockets::Host for ResolverHost<'_> {
        fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
            let mut view = SocketsCtxView { table: self.table, ctx: &mut self.resolver.names };
            kit::sockets::resolve_addresses(&mut view, name)
        }
    }

    /// The marker the library exports for its host.
    pub struct ResolverData;

    impl HasData for ResolverData {
        type Data<'a> = ResolverHost<'a>;
    }
}

pub struct App {
    pub table: ResourceTable,
    pub resolver: resolver::Resolver,
    pub http: HttpCtx,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, resolver::ResolverData>(linker, |d| resolver::ResolverHost::new(&mut d.table, &mut d.resolver))?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| HttpCtxView { table: &mut d.table, ctx: &mut d.http })
}
