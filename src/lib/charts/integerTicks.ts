import { tickStep } from "d3";

/** Returns whole-number ticks from 0 to at least `max`, about `count` of them, for counts. */
export function integerTicks(max: number, count = 5): number[] {
  const step = Math.max(1, Math.ceil(tickStep(0, Math.max(max, 1), count)));
  const ticks: number[] = [];
  for (let t = 0; t <= max + step - 1 && ticks.length <= count * 2 + 1; t += step) ticks.push(t);
  return ticks;
}
