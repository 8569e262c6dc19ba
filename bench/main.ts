// `npm run bench`: speed figures, each a ratio against a baseline measured in the same run.

import { Caller, Linker } from "accessor-kit";
import { CALLS, directImport, linked, ratio, REPETITIONS, timeLoop } from "./host-call.ts";

interface Counter {
  calls: number;
}

/** The runtime's own cost: a funcWrap host function against a direct JS import doing the same work. */
async function runtimeHostCall(): Promise<void> {
  const direct = new Caller<Counter>({ data: { calls: 0 } });
  const directExports = await directImport(
    (rep, ret) => {
      direct.writeU32(ret, 0);
      direct.writeU32(ret + 4, rep);
    },
    (memory) => (direct.memory = memory),
  );
  const linker = new Linker<Counter>();
  linker.instance("example:http/outgoing-handler").funcWrap("future-status", (caller: Caller<Counter>, rep: number, ret: number) => {
    caller.writeU32(ret, 0);
    caller.writeU32(ret + 4, rep);
  });
  const wrappedExports = await linked(linker, { calls: 0 });

  const internal = timeLoop("(a) wasm-internal call", directExports, "internal", 7);
  const importCall = timeLoop("(b) direct JS import", directExports, "import", 7);
  const funcWrap = timeLoop("(c) funcWrap host function", wrappedExports, "import", 7);
  console.log(`host-call cost, ${CALLS.toLocaleString("en")} guest calls, median of ${REPETITIONS}:`);
  for (const t of [internal, importCall, funcWrap]) console.log(`  ${t.label.padEnd(30)} ${t.ns.toFixed(2).padStart(7)} ns/call`);
  console.log(`  (c)/(b) funcWrap vs direct import: ${ratio(funcWrap, importCall)} (goal: at most 1.30x)`);
}

await runtimeHostCall();
