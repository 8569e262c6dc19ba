// One measuring process of host-call.ts (started with fork, an IPC channel to its parent):
//   host-call-process.ts direct          the direct import
//   host-call-process.ts <cell file>     the loop guest linked by the cell's `link()`
//   host-call-process.ts floor|internal|import|funcwrap   the runtime's own loops (runtimeLoop)
// and after the subject, optionally:
//   --confined              a proposal's cell: no processes or workers for its code (its parent
//                           started it confined: engine/confinement.ts)
//   --loop-guest <base64>   the loop guest's binary, compiled by the parent (so no wabt here)
// After one untimed warm-up run it sends `{ ready }`, then answers each `{ calls }` with `{ ns }`, the
// ns per call of one timed run of that many calls; anything that goes wrong is one `{ error }` line,
// never a stack trace.

import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { enableCellImports, errorLine, refuseProcesses } from "../engine/index.ts";
import { takeGuestBinary } from "../guest.ts";
import type { Linked } from "../scenarios/scenario.ts";
import { CONFINED, directFutureStatus, type GuestLoop, isRuntimeLoop, linkedFutureStatus, LOOP_GUEST, runtimeLoop, type MeasuringMessage, timeOnce, type TimeRequest } from "./host-call.ts";

const send = (message: MeasuringMessage) => process.send!(message);

async function prepare(subject: string, confined: boolean): Promise<GuestLoop> {
  if (subject === "direct") return directFutureStatus();
  if (isRuntimeLoop(subject)) return runtimeLoop(subject);
  enableCellImports(); // the kit's cell or a proposal's, anywhere on disk
  if (confined) refuseProcesses();
  const { link } = (await import(pathToFileURL(subject).href)) as { link?: () => Linked<unknown> | Promise<Linked<unknown>> };
  if (typeof link !== "function") throw new Error(`${subject} exports no link() function`);
  return linkedFutureStatus(await link());
}

let subject = "direct";
try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { [CONFINED]: { type: "boolean" }, [LOOP_GUEST]: { type: "string" } } });
  subject = positionals[0] ?? subject;
  const guest = values[LOOP_GUEST];
  if (typeof guest === "string") takeGuestBinary("loop", Buffer.from(guest, "base64"));
  const loop = await prepare(subject, values[CONFINED] === true);
  timeOnce(subject, loop);
  process.on("message", ({ calls }: TimeRequest) => {
    try {
      send({ ns: timeOnce(subject, loop, calls) });
    } catch (error) {
      send({ error: errorLine(error) });
    }
  });
  send({ ready: true });
} catch (error) {
  send({ error: errorLine(error) });
  process.disconnect();
}
