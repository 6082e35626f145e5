import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { DomainError } from "@renkei/domain";

/**
 * Where the server may send a webhook (issue 10, item 9). A URL naming — or a DNS name resolving to —
 * loopback, link-local, private, carrier-grade NAT, multicast or reserved space would let an admin make
 * the server probe the campus network, so it is refused unless the operator allowed that receiver in
 * RENKEI_WEBHOOK_ALLOWED_HOSTS. The check runs when a subscription is saved and again at every
 * connection (the checked address is the one connected to), so a DNS answer that changes later
 * (rebinding) cannot slip through.
 */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  NOT_PUBLIC.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  // NAT64 and 6to4 addresses carry an IPv4 address inside: refused whole (IPv4-mapped: see below).
  ["64:ff9b::", 96],
  ["2002::", 16],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  NOT_PUBLIC.addSubnet(net, bits, "ipv6");
}

/**
 * IPv4-mapped IPv6 (::ffff:a.b.c.d) is refused whole. It has its own list because BlockList matches
 * plain IPv4 addresses against a mapped IPv6 range, which would refuse every IPv4 receiver.
 */
const MAPPED = new BlockList();
MAPPED.addSubnet("::ffff:0:0", 96, "ipv6");

/** The operator's allow-list, compiled: exact host names, and addresses / ranges. */
export interface OutboundPolicy {
  hosts: Set<string>;
  ranges: BlockList;
}

export function outboundPolicy(allowed: readonly string[]): OutboundPolicy {
  const hosts = new Set<string>();
  const ranges = new BlockList();
  for (const entry of allowed) {
    const [addr, bits] = entry.split("/");
    const family = isIP(addr ?? "");
    if (family === 0) {
      hosts.add(entry.toLowerCase());
    } else if (bits !== undefined) {
      ranges.addSubnet(addr!, Number(bits), family === 4 ? "ipv4" : "ipv6");
    } else {
      ranges.addAddress(addr!, family === 4 ? "ipv4" : "ipv6");
    }
  }
  return { hosts, ranges };
}

/** Whether a connection to `address` (reached through `hostname`) is allowed. */
export function addressAllowed(policy: OutboundPolicy, hostname: string, address: string): boolean {
  const type = isIP(address) === 6 ? "ipv6" : "ipv4";
  const mapped = type === "ipv6" && MAPPED.check(address, "ipv6");
  if (!mapped && !NOT_PUBLIC.check(address, type)) {
    return true;
  }
  return policy.hosts.has(hostname.toLowerCase()) || policy.ranges.check(address, type);
}

/** A URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;
const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

function refuse(message: string, text: string): never {
  throw new DomainError("VALIDATION_FAILED", text, { issues: [{ path: "url", message }] });
}

/** Refuses (400 on `url`) a webhook URL that does not lead only to allowed addresses. */
export async function assertWebhookTarget(
  rawUrl: string,
  policy: OutboundPolicy,
  resolve: Resolver = systemResolver,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    refuse("validation.url", "Not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    refuse("validation.url", "Only http and https URLs");
  }
  if (url.username || url.password) {
    refuse("validation.webhook_credentials", "Put credentials in the receiver's check, not in the URL");
  }
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await resolve(host)).map((a) => a.address);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) {
      refuse("validation.webhook_unresolvable", "The receiver's host name does not resolve");
    }
  }
  if (!addresses.every((a) => addressAllowed(policy, host, a))) {
    refuse(
      "validation.webhook_private_address",
      "The receiver is on a private, loopback, link-local or multicast address",
    );
  }
}

/**
 * A `lookup` for node:http(s) that resolves like the system does but fails the connection when any
 * resolved address is not allowed — so the address checked is the address connected to.
 */
export function guardedLookup(policy: OutboundPolicy, resolve: Resolver = systemResolver) {
  return (
    hostname: string,
    options: { all?: boolean },
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    resolve(hostname).then(
      (found) => {
        if (found.length === 0 || !found.every((a) => addressAllowed(policy, hostname, a.address))) {
          const err: NodeJS.ErrnoException = new Error("address not allowed");
          err.code = "E_NOT_PUBLIC";
          callback(err, "");
          return;
        }
        if (options.all) {
          callback(null, found);
        } else {
          callback(null, found[0]!.address, found[0]!.family);
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, ""),
    );
  };
}
