// rustc: compiles
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! Each std impl the coherence model assumes (src/coherence/std.ts) exists.
#![allow(dead_code, non_snake_case)]
use std::fmt::Display;
use std::pin::Pin;
fn holds_Display<X: Display + ?Sized>() {}
fn holds_Clone<X: Clone + ?Sized>() {}
fn fact_0<T: Display + ?Sized>() { holds_Display::<&T>() } // impl<T: Display + ?Sized> Display for &T
fn fact_1<T: Display + ?Sized>() { holds_Display::<&mut T>() } // impl<T: Display + ?Sized> Display for &mut T
fn fact_2<T: Display + ?Sized>() { holds_Display::<Box<T>>() } // impl<T: Display + ?Sized> Display for Box<T>
fn fact_3<P: Display>() { holds_Display::<Pin<P>>() } // impl<P: Display> Display for Pin<P>
fn fact_4<T: ?Sized>() { holds_Clone::<&T>() } // impl<T: ?Sized> Clone for &T
fn fact_5<T: Clone>() { holds_Clone::<Box<T>>() } // impl<T: Clone> Clone for Box<T>
fn fact_6<T: Clone>() { holds_Clone::<Box<[T]>>() } // impl<T: Clone> Clone for Box<[T]>
fn fact_7() { holds_Clone::<Box<str>>() } // impl Clone for Box<str>
fn fact_8<P: Clone>() { holds_Clone::<Pin<P>>() } // impl<P: Clone> Clone for Pin<P>
