import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Resource, ResourceTable, ResourceTableError } from "accessor-kit";
import { failure } from "./failure.ts";

class Stream {
  constructor(readonly id: number) {}
}
class Response {
  constructor(readonly id: number) {}
}

describe("ResourceTable", () => {
  it("gives back the value a typed handle was pushed with", () => {
    const table = new ResourceTable();
    const stream = new Stream(1);
    const handle = table.push(stream);
    expect(table.get(handle)).toBe(stream);
    expect(table.get(Resource.fromRep(handle.rep, Stream))).toBe(stream);
  });

  it("reports a handle that was never pushed as not-present", () => {
    const error = failure(() => new ResourceTable().get(Resource.fromRep(0x10001, Stream)));
    expect(error).toBeInstanceOf(ResourceTableError);
    expect(error).toMatchObject({ kind: "not-present", message: "resource 65537 is not present in the table" });
  });

  it("reports a rep claimed as another resource type as wrong-type", () => {
    const table = new ResourceTable();
    const handle = table.push(new Stream(1));
    expect(failure(() => table.get(Resource.fromRep(handle.rep, Response)))).toMatchObject({
      kind: "wrong-type",
      message: `resource ${handle.rep} is a Stream, not a Response`,
    });
  });

  it("refuses to delete a parent while it has live children (has-children), and allows it after", () => {
    const table = new ResourceTable();
    const parent = table.push(new Stream(1));
    const child = table.pushChild(new Response(2), parent);
    expect(table.children(parent).map((c) => c.rep)).toEqual([child.rep]);
    expect(failure(() => table.delete(parent))).toMatchObject({
      kind: "has-children",
      message: `resource ${parent.rep} still has 1 live child resource(s)`,
    });
    table.delete(child);
    expect(table.children(parent)).toEqual([]);
    expect(table.delete(parent)).toEqual(new Stream(1));
    expect(table.size).toBe(0);
  });

  it("refuses a child of a parent that is not present", () => {
    const table = new ResourceTable();
    const parent = table.push(new Stream(1));
    table.delete(parent);
    expect(failure(() => table.pushChild(new Response(2), parent))).toMatchObject({ kind: "not-present" });
  });

  it("reports a push beyond its capacity as full", () => {
    const table = new ResourceTable(2);
    table.push(new Stream(1));
    table.push(new Stream(2));
    expect(failure(() => table.push(new Stream(3)))).toMatchObject({ kind: "full", message: "resource table is full (2 slots)" });
  });

  it("keeps a prototype-less value: its own handle gets it, a class's handle is a wrong-type ResourceTableError", () => {
    const table = new ResourceTable();
    const bare = Object.create(null) as object;
    const handle = table.push(bare);
    expect(table.get(handle)).toBe(bare);
    const error = failure(() => table.get(Resource.fromRep(handle.rep, Stream)));
    expect(error).toBeInstanceOf(ResourceTableError);
    expect(error).toMatchObject({ kind: "wrong-type", message: `resource ${handle.rep} is a prototype-less object, not a Stream` });
  });

  it("reuses a slot but never lets a stale handle reach the new occupant", () => {
    const table = new ResourceTable(1);
    const first = table.push(new Stream(1));
    table.delete(first);
    const second = table.push(new Stream(2));
    expect(second.rep & 0xffff).toBe(first.rep & 0xffff);
    expect(failure(() => table.get(first))).toMatchObject({ kind: "not-present" });
    expect(table.get(second).id).toBe(2);
  });

  it("retires a slot whose generation is exhausted instead of wrapping it", () => {
    const table = new ResourceTable(2);
    const first = table.push(new Stream(0));
    let last = first;
    for (let i = 1; i < 0xffff; i++) {
      table.delete(last);
      last = table.push(new Stream(i));
    }
    expect(last.rep >>> 16).toBe(0xffff);
    table.delete(last);
    const next = table.push(new Stream(-1));
    expect(next.rep & 0xffff).toBe(1);
    expect(failure(() => table.get(first))).toMatchObject({ kind: "not-present" });
  });
});

// The model: a Map from a unique id to { value, parent, alive }. The table must agree with it on
// every operation: nothing lost, an error exactly when the model says, a stale handle never aliases.
type Op =
  | { kind: "push" }
  | { kind: "pushChild"; parent: number }
  | { kind: "get"; target: number }
  | { kind: "delete"; target: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: "push" }),
  fc.record({ kind: fc.constant("pushChild" as const), parent: fc.nat(40) }),
  fc.record({ kind: fc.constant("get" as const), target: fc.nat(40) }),
  fc.record({ kind: fc.constant("delete" as const), target: fc.nat(40) }),
);

interface ModelEntry {
  readonly handle: Resource<Stream>;
  readonly value: Stream;
  readonly parent: number | undefined;
  alive: boolean;
}

function runAgainstModel(ops: Op[], capacity: number): void {
  const table = new ResourceTable(capacity);
  const model: ModelEntry[] = [];
  const live = () => model.filter((e) => e.alive);
  const liveChildren = (id: number) => model.filter((e) => e.alive && e.parent === id).length;

  for (const o of ops) {
    if (o.kind === "push" || o.kind === "pushChild") {
      const value = new Stream(model.length);
      const parent = o.kind === "pushChild" ? o.parent % Math.max(model.length, 1) : undefined;
      const parentEntry = parent === undefined ? undefined : model[parent];
      if (o.kind === "pushChild" && (parentEntry === undefined || !parentEntry.alive)) {
        if (parentEntry === undefined) continue;
        expect(failure(() => table.pushChild(value, parentEntry.handle))).toMatchObject({ kind: "not-present" });
        continue;
      }
      if (live().length >= capacity) {
        expect(failure(() => table.push(value))).toMatchObject({ kind: "full" });
        continue;
      }
      const handle = parentEntry ? table.pushChild(value, parentEntry.handle) : table.push(value);
      model.push({ handle, value, parent, alive: true });
    } else {
      const entry = model[o.target % Math.max(model.length, 1)];
      if (entry === undefined) continue;
      const id = model.indexOf(entry);
      if (!entry.alive) {
        expect(failure(() => (o.kind === "get" ? table.get(entry.handle) : table.delete(entry.handle)))).toMatchObject({
          kind: "not-present",
        });
      } else if (o.kind === "get") {
        expect(table.get(entry.handle)).toBe(entry.value);
      } else if (liveChildren(id) > 0) {
        expect(failure(() => table.delete(entry.handle))).toMatchObject({ kind: "has-children" });
      } else {
        expect(table.delete(entry.handle)).toBe(entry.value);
        entry.alive = false;
      }
    }
    expect(table.size).toBe(live().length);
  }
  for (const entry of live()) expect(table.get(entry.handle)).toBe(entry.value);
}

const runs = Number(process.env["ACCESSOR_KIT_PROPERTY_RUNS"] ?? 1_000);

describe("ResourceTable against a model Map", () => {
  it(`agrees on ${runs} random sequences of push, pushChild, get and delete`, () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.integer({ min: 1, max: 12 }), (ops, capacity) =>
        runAgainstModel(ops, capacity),
      ),
      { numRuns: runs },
    );
  });
});
