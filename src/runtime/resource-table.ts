// ResourceTable: the host-side table of resources a guest refers to by integer handle, modelled on
// wasmtime's `wasmtime::component::ResourceTable`. Several host interfaces share one table, which is
// the whole point of wasmtime #8382: a stream minted by one interface is consumed by another.
//
// A handle's `rep` (the u32 the guest sees) packs a slot index and the slot's generation, so a slot
// can be reused while every handle to its earlier occupants stays detectably stale. An entry pushed
// during a call into an instance is held by it, and deleted if the instance traps (ownership.ts).

import { currentOwner } from "./ownership.ts";

/** A class a resource value is an instance of; `get` checks it, as wasmtime downcasts by TypeId. */
export type ResourceType<V> = abstract new (...args: never[]) => V;

export type ResourceTableErrorKind = "not-present" | "wrong-type" | "has-children" | "full";

export class ResourceTableError extends Error {
  override readonly name = "ResourceTableError";
  constructor(
    readonly kind: ResourceTableErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const MAX_GENERATION = 0xffff;

/** A typed handle to a value of type V in a ResourceTable. */
export class Resource<V> {
  /** Phantom: keeps `Resource<A>` and `Resource<B>` apart at the type level. */
  declare private readonly value: V;

  private constructor(
    /** The u32 that crosses into the guest. */
    readonly rep: number,
    /** The class the value must be an instance of, checked by `ResourceTable.get`. */
    readonly type: ResourceType<V>,
  ) {}

  /** A handle received from the guest. It is only a claim: the table checks it on every use. */
  static fromRep<V>(rep: number, type: ResourceType<V>): Resource<V> {
    return new Resource(rep >>> 0, type);
  }
}

interface Slot {
  generation: number;
  entry:
    | {
        value: object;
        parent: number | undefined;
        children: Set<number>;
        /** Tells the instance that held the entry that it is gone. */
        forget: (() => void) | undefined;
      }
    | undefined;
}

export class ResourceTable {
  private readonly slots: Slot[] = [];
  private readonly free: number[] = [];
  private retired = 0;

  /** `capacity` bounds the number of slots (at most 65,536, the width of a rep's slot field). */
  constructor(private readonly capacity: number = SLOT_MASK + 1) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > SLOT_MASK + 1) {
      throw new RangeError(`ResourceTable capacity must be an integer from 1 to ${SLOT_MASK + 1}, got ${capacity}`);
    }
  }

  /** The number of live resources. */
  get size(): number {
    return this.slots.length - this.free.length - this.retired;
  }

  push<V extends object>(value: V): Resource<V> {
    return this.insert(value, undefined);
  }

  pushChild<V extends object>(value: V, parent: Resource<unknown>): Resource<V> {
    const parentIndex = this.locate(parent);
    return this.insert(value, parentIndex);
  }

  /** The value `handle` names, if it is of the handle's type (`Object` stands for any resource). */
  get<V>(handle: Resource<V>): V {
    const entry = this.slots[this.locate(handle)]!.entry!;
    if ((handle.type as unknown) !== Object && !isInstance(entry.value, handle.type)) {
      throw new ResourceTableError("wrong-type", `resource ${handle.rep} is ${describeValue(entry.value)}, not a ${typeName(handle.type)}`);
    }
    return entry.value as V;
  }

  /** Removes the resource and returns it; a resource with live children cannot be deleted. */
  delete<V>(handle: Resource<V>): V {
    const value = this.get(handle);
    const index = this.locate(handle);
    const children = this.slots[index]!.entry!.children.size;
    if (children > 0) {
      throw new ResourceTableError("has-children", `resource ${handle.rep} still has ${children} live child resource(s)`);
    }
    this.remove(index);
    return value;
  }

  /** Handles to the live children of `parent`, in insertion order. */
  children(parent: Resource<unknown>): Resource<object>[] {
    const entry = this.slots[this.locate(parent)]!.entry!;
    return [...entry.children].map((index) => {
      const slot = this.slots[index]!;
      return Resource.fromRep(repOf(index, slot.generation), Object);
    });
  }

  private insert<V extends object>(value: V, parent: number | undefined): Resource<V> {
    let index = this.free.pop();
    if (index === undefined) {
      if (this.slots.length >= this.capacity) {
        throw new ResourceTableError("full", `resource table is full (${this.capacity} slots)`);
      }
      index = this.slots.length;
      this.slots.push({ generation: 1, entry: undefined });
    }
    const slot = this.slots[index]!;
    const generation = slot.generation;
    const forget = currentOwner()?.hold(() => this.release(index, generation));
    slot.entry = { value, parent, children: new Set(), forget };
    if (parent !== undefined) this.slots[parent]!.entry!.children.add(index);
    return Resource.fromRep(repOf(index, generation), classOf(value));
  }

  /** Frees the slot of a live entry with no children. */
  private remove(index: number): void {
    const slot = this.slots[index]!;
    const entry = slot.entry!;
    entry.forget?.();
    if (entry.parent !== undefined) this.slots[entry.parent]!.entry!.children.delete(index);
    slot.entry = undefined;
    if (slot.generation === MAX_GENERATION) {
      this.retired++; // never reused: a wrapped generation could make an old handle alias a new value
    } else {
      slot.generation++;
      this.free.push(index);
    }
  }

  /** Deletes an entry its trapped owner held, if it is still there and has no children left. */
  private release(index: number, generation: number): void {
    const slot = this.slots[index]!;
    if (slot.generation === generation && slot.entry !== undefined && slot.entry.children.size === 0) this.remove(index);
  }

  /** The slot index of a live handle, or a `not-present` error for a forged or stale one. */
  private locate(handle: Resource<unknown>): number {
    const index = handle.rep & SLOT_MASK;
    const generation = handle.rep >>> SLOT_BITS;
    const slot = this.slots[index];
    if (slot === undefined || slot.generation !== generation || slot.entry === undefined) {
      throw new ResourceTableError("not-present", `resource ${handle.rep} is not present in the table`);
    }
    return index;
  }
}

/** The class a pushed value is an instance of; `Object` for a value without one. */
function classOf<V extends object>(value: V): ResourceType<V> {
  const type: unknown = (value as { constructor?: unknown }).constructor;
  return (typeof type === "function" ? type : Object) as ResourceType<V>;
}

/** `value instanceof type`, false where `instanceof` itself would throw (a type that is no class). */
function isInstance(value: object, type: ResourceType<unknown>): boolean {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

function typeName(type: ResourceType<unknown>): string {
  return typeof type === "function" && typeof type.name === "string" && type.name !== "" ? type.name : "class without a name";
}

function describeValue(value: object): string {
  const type = classOf(value);
  return Object.getPrototypeOf(value) === null ? "a prototype-less object" : `a ${typeName(type)}`;
}

function repOf(index: number, generation: number): number {
  return ((generation << SLOT_BITS) | index) >>> 0;
}
