import { BlockList, isIP } from "node:net";

/**
 * The client's address behind trusted reverse proxies (issue 10 item 2). X-Forwarded-For is read from
 * the right: each hop appended by a trusted proxy is skipped, and the first address not in the trusted
 * list is the client. Without trusted proxies the header is ignored, so a client cannot choose its own
 * address to escape per-address limits.
 */
export function parseProxyList(entries: readonly string[]): { list: BlockList; problems: string[] } {
  const list = new BlockList();
  const problems: string[] = [];
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      problems.push(`"${entry}" is not an IP address or CIDR range`);
      continue;
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { list, problems };
}

function isTrusted(list: BlockList, address: string): boolean {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  const family = isIP(plain);
  return family !== 0 && list.check(plain, family === 6 ? "ipv6" : "ipv4");
}

export function clientAddress(
  remote: string,
  forwardedFor: string | undefined,
  trusted: BlockList | null,
): string {
  if (!trusted || !isTrusted(trusted, remote) || !forwardedFor) {
    return remote;
  }
  const hops = forwardedFor
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) {
      // A malformed hop cannot be attributed; the last trustworthy address is the proxy before it.
      return remote;
    }
    if (!isTrusted(trusted, hop)) {
      return hop;
    }
  }
  return hops[0] ?? remote;
}
