// Erlang C: the M/M/c queue in steady state (Poisson arrivals, exponential service, c servers).
// `load` is the offered load in Erlangs: arrival rate × mean service time.

/** Erlang B by its stable recursion, B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangB(servers: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  return b;
}

/** The probability that an arrival waits at all; 1 when the desks cannot keep up (load ≥ servers). */
export function erlangC(servers: number, load: number): number {
  if (load <= 0) return 0;
  if (load >= servers) return 1;
  const b = erlangB(servers, load);
  return (servers * b) / (servers - load * (1 - b));
}

/** P(wait > t seconds) = C · e^(−(c − a)·t / s), for mean service time s. */
export function waitTail(servers: number, load: number, serviceSeconds: number, t: number): number {
  if (load >= servers) return 1;
  return erlangC(servers, load) * Math.exp((-(servers - load) * t) / serviceSeconds);
}

/** Mean number of people waiting (not being served): Lq = C · a / (c − a). */
export function meanQueue(servers: number, load: number): number {
  if (load >= servers) return Number.POSITIVE_INFINITY;
  return (erlangC(servers, load) * load) / (servers - load);
}
