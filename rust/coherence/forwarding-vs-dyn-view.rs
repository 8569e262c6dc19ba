// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! a host on a `dyn View` type: the object itself, not a reference to it
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
impl Host for dyn View + '_ {}
