// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! a host on `&mut dyn View`: the forwarding impl would need `dyn View: Host`, and View is no Host
#![allow(dead_code, unused_imports)]

use std::fmt::Display;
use std::pin::Pin;
trait Host {}
trait View {}
trait Other {}
trait SubView: Host {}
trait Convert<T> {}
struct MyHost;
struct KitData;
struct WasiImpl<T>(T);
impl View for KitData {}

impl<_T: Host + ?Sized> Host for &mut _T {}
impl Host for &mut (dyn View + '_) {}
