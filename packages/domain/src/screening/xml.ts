// Minimal, tolerant XML reader for list files (UN SC consolidated list). Supports elements,
// attributes, text, CDATA, comments, processing instructions, DOCTYPE and the five predefined plus
// numeric entities. Namespaces are kept as part of the tag name. Unclosed tags are closed at the
// parent's end tag instead of failing, because list files are occasionally malformed.

/** One XML element. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes XML entities (&amp; &#38; &#x26;); unknown entities are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs[m[1] ?? ""] = decodeEntities(m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Parses an XML document and returns a synthetic root element whose children are the top-level elements. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#root", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const top = stack[stack.length - 1] ?? root;
    if (lt === -1) {
      top.text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) {
      top.text += decodeEntities(xml.slice(i, lt));
    }
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      i = end === -1 ? xml.length : end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      top.text += xml.slice(lt + 9, end === -1 ? xml.length : end);
      i = end === -1 ? xml.length : end + 3;
    } else if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      const end = xml.indexOf(">", lt);
      i = end === -1 ? xml.length : end + 1;
    } else if (xml[lt + 1] === "/") {
      const end = xml.indexOf(">", lt);
      const name = xml.slice(lt + 2, end === -1 ? xml.length : end).trim();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) {
        stack.length = at;
      }
      i = end === -1 ? xml.length : end + 1;
    } else {
      const end = xml.indexOf(">", lt);
      const body = xml.slice(lt + 1, end === -1 ? xml.length : end);
      const selfClosing = body.endsWith("/");
      const inner = selfClosing ? body.slice(0, -1) : body;
      const space = inner.search(/\s/);
      const name = space === -1 ? inner : inner.slice(0, space);
      const el: XmlElement = {
        name,
        attributes: space === -1 ? {} : parseAttributes(inner.slice(space)),
        children: [],
        text: "",
      };
      top.children.push(el);
      if (!selfClosing) {
        stack.push(el);
      }
      i = end === -1 ? xml.length : end + 1;
    }
  }
  return root;
}

/** Direct children with the given tag name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Trimmed text of the first child with the given name ("" when absent). */
export function childText(el: XmlElement, name: string): string {
  return el.children.find((c) => c.name === name)?.text.trim() ?? "";
}

/** All descendants with the given name, depth first. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) {
        out.push(c);
      }
      walk(c);
    }
  };
  walk(el);
  return out;
}
