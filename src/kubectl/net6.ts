/**
 * IPv6 networks as a paste shows them: the prefix the pod (or node) addresses share.
 *
 * Why a library: parsing every IPv6 text form (`::`, an IPv4 tail) and printing the canonical short form
 * (RFC 5952) is what ipaddr.js does and is tested for; the core only decides which prefix to report.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import ipaddr from 'ipaddr.js';

/** 16-bit groups of an IPv6 address, null when the text is not one. */
function groupsOf(text: string): number[] | null {
  if (!ipaddr.IPv6.isValid(text)) return null;
  return ipaddr.IPv6.parse(text).parts;
}

/** Leading bits two addresses share. */
function sharedBits(a: readonly number[], b: readonly number[]): number {
  for (let g = 0; g < 8; g++) {
    const x = (a[g] as number) ^ (b[g] as number);
    if (x !== 0) return g * 16 + Math.clz32(x) - 16;
  }
  return 128;
}

/** `/bits` of an address, printed as RFC 5952 does (`2001:cafe:42::/56`). */
function network(parts: readonly number[], bits: number): string {
  const masked = parts.map((p, g) => {
    const keep = Math.max(0, Math.min(16, bits - g * 16));
    return keep === 0 ? 0 : p & ((0xffff << (16 - keep)) & 0xffff);
  });
  return `${new ipaddr.IPv6(masked).toRFC5952String()}/${bits}`;
}

/**
 * The IPv6 networks `addresses` fall in, with how many addresses each holds, biggest first. Addresses are
 * grouped by their /`min`; each group is reported as the prefix its addresses share, rounded down to a whole
 * byte and no longer than /`max`. Why: a cluster hands each node a block of its IPv6 pod range (k3s: a /64 of
 * a /56), so the pods of two nodes share the cluster's /56 while one node's pods show only their /64; the
 * paste cannot show more than the addresses it holds.
 *
 * @example
 * ipv6Networks(['2001:cafe:42::9', '2001:cafe:42:1::4'], 48, 64) // Map { '2001:cafe:42::/56' => 2 }
 */
export function ipv6Networks(addresses: Iterable<string>, min: number, max: number): Map<string, number> {
  const groups = new Map<string, { first: number[]; bits: number; count: number }>();
  for (const text of addresses) {
    const parts = groupsOf(text);
    if (parts === null) continue;
    const key = network(parts, min);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { first: parts, bits: 128, count: 1 });
    else {
      g.bits = Math.min(g.bits, sharedBits(g.first, parts));
      g.count++;
    }
  }
  const out = new Map<string, number>();
  for (const g of groups.values()) {
    const bits = Math.max(min, Math.min(max, g.bits - (g.bits % 8)));
    const net = network(g.first, bits);
    out.set(net, (out.get(net) ?? 0) + g.count);
  }
  return out;
}
