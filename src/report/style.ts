// Style: color for the terminal, only where it is wanted. NO_COLOR (any value) turns it off,
// FORCE_COLOR turns it on for a pipe, and otherwise the stream decides (a TTY that has colors).

export type Style = "green" | "red" | "yellow" | "dim" | "bold";

export type Paint = (style: Style, text: string) => string;

const SGR: Readonly<Record<Style, readonly [on: number, off: number]>> = {
  green: [32, 39],
  red: [31, 39],
  yellow: [33, 39],
  dim: [2, 22],
  bold: [1, 22],
};

export const plain: Paint = (_style, text) => text;

const ansi: Paint = (style, text) => `\u001b[${SGR[style][0]}m${text}\u001b[${SGR[style][1]}m`;

export function paintFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Paint {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return plain;
  const forced = env["FORCE_COLOR"];
  if (forced !== undefined) return forced === "0" || forced === "false" ? plain : ansi;
  return stream.isTTY && stream.hasColors() ? ansi : plain;
}

const ESCAPE = /\u001b\[\d+m/g;

/** The width a string takes in the terminal: its characters, less the color escapes. */
export function visibleLength(text: string): number {
  return [...text.replace(ESCAPE, "")].length;
}
