// expect: compiles
//! Two separate host components, each with its own ctx, both holding the one table, kept as fields
//! of the store data and lent as they are. This is what the proposal was for (compose wasi and
//! wasi-http over one table, #8382), and in Rust it is reached only through owned handles: each
//! host holds an `Arc<Mutex<ResourceTable>>` and locks it on every call.

#[path = "../../designs/borrow-returning.rs"]
mod design;
use std::sync::{Arc, Mutex};
use design::kit::{self, ErrorCode, FutureIncomingResponse, HttpCtx, HttpCtxView, LinkError, Linker};
use design::kit::{Resource, ResolveAddressStream, ResourceTable, SocketsCtx, SocketsCtxView};
use design::{http, sockets};

pub struct SharedSockets {
    pub table: Arc<Mutex<ResourceTable>>,
    pub ctx: SocketsCtx,
}

pub struct SharedHttp {
    pub table: Arc<Mutex<ResourceTable>>,
    pub ctx: HttpCtx,
}

impl sockets::Host for SharedSockets {
    fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
        let table = &mut *self.table.lock().unwrap();
        kit::sockets::resolve_addresses(&mut SocketsCtxView { table, ctx: &mut self.ctx }, name)
    }
}

impl http::Host for SharedHttp {
    fn handle(&mut self, authority: String, via: Resource<ResolveAddressStream>) -> Result<Resource<FutureIncomingResponse>, ErrorCode> {
        let table = &mut *self.table.lock().unwrap();
        kit::http::handle(&mut HttpCtxView { table, ctx: &mut self.ctx }, authority, via)
    }
}

pub struct App {
    pub sockets: SharedSockets,
    pub http: SharedHttp,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |s| &mut s.sockets)?;
    http::add_to_linker(linker, |s| &mut s.http)
}
