// Table-driven transliteration to Latin for the scripts that appear in sanctions lists and the
// yente negatives (screening-research.md §4 T4: Cyrillic, Arabic, Hangul, Hebrew, Greek). Tables
// follow common passport/BGN practice; they produce a comparison key, not a display form.

function table(pairs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs.split(" ")) {
    const [from, to] = pair.split("=");
    if (from !== undefined && to !== undefined) {
      out[from] = to;
    }
  }
  return out;
}

// Russian/Ukrainian/Belarusian/Serbian/Kazakh letters (BGN/PCGN-like; ё→e, й→y, х→kh).
const CYRILLIC = table(
  "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh " +
    "ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ї=yi є=ye ґ=g ў=u ђ=dj ј=j љ=lj њ=nj ћ=c џ=dz " +
    "ә=a ғ=g қ=k ң=n ө=o ұ=u ү=u һ=h",
);

// Modern Greek (ELOT 743-like, simplified); accents are removed before lookup.
const GREEK = table(
  "α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=x ο=o π=p ρ=r σ=s ς=s τ=t υ=y φ=f χ=ch ψ=ps ω=o",
);

// Arabic and Persian consonants. Short vowels are not written in Arabic script, so the key is close
// to a consonant skeleton; scoring compares skeletons for tokens from abjad scripts (score.ts).
const ARABIC = table(
  "ا=a أ=a إ=i آ=a ٱ=a ب=b ت=t ث=th ج=j ح=h خ=kh د=d ذ=dh ر=r ز=z س=s ش=sh ص=s ض=d ط=t ظ=z ع= غ=gh " +
    "ف=f ق=q ك=k ل=l م=m ن=n ه=h و=w ي=y ة=a ى=a ء= ئ=y ؤ=w پ=p چ=ch ژ=zh گ=g ک=k ی=y",
);

// Hebrew consonants (no niqqud).
const HEBREW = table(
  "א= ב=b ג=g ד=d ה=h ו=v ז=z ח=kh ט=t י=y כ=k ך=k ל=l מ=m ם=m נ=n ן=n ס=s ע= פ=p ף=f צ=ts ץ=ts ק=k ר=r ש=sh ת=t",
);

// Armenian (ISO 9985 / BGN-like; ու is handled as a digraph by the caller). rigour transliterates
// Armenian and Georgian too (screening-research.md §1.1.4); both alphabets are small and regular.
const ARMENIAN = table(
  "ա=a բ=b գ=g դ=d ե=e զ=z է=e ը=y թ=t ժ=zh ի=i լ=l խ=kh ծ=ts կ=k հ=h ձ=dz ղ=gh ճ=ch մ=m յ=y ն=n " +
    "շ=sh ո=o չ=ch պ=p ջ=j ռ=r ս=s վ=v տ=t ր=r ց=ts ւ=v փ=p ք=k օ=o ֆ=f և=ev",
);

// Georgian Mkhedruli (national romanisation system of 2002, apostrophes of ejectives dropped).
const GEORGIAN = table(
  "ა=a ბ=b გ=g დ=d ე=e ვ=v ზ=z თ=t ი=i კ=k ლ=l მ=m ნ=n ო=o პ=p ჟ=zh რ=r ს=s ტ=t უ=u ფ=p ქ=k ღ=gh " +
    "ყ=q შ=sh ჩ=ch ც=ts ძ=dz წ=ts ჭ=ch ხ=kh ჯ=j ჰ=h",
);

const HANGUL_INITIAL = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split(" ");
const HANGUL_VOWEL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split(" ");
const HANGUL_FINAL = "_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split(" ");

/** Revised Romanization of one precomposed Hangul syllable (algorithmic, Unicode §3.12). */
function hangulSyllable(code: number): string {
  const index = code - 0xac00;
  const initial = HANGUL_INITIAL[Math.floor(index / 588)] ?? "";
  const vowel = HANGUL_VOWEL[Math.floor((index % 588) / 28)] ?? "";
  const final = HANGUL_FINAL[index % 28] ?? "";
  return (initial === "_" ? "" : initial) + vowel + (final === "_" ? "" : final);
}

/** Mtavruli capitals (U+1C90…) → Mkhedruli (U+10D0…); other characters unchanged. */
function georgianLower(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x1c90 && c <= 0x1cba ? String.fromCodePoint(c - 0x1c90 + 0x10d0) : ch;
}

/** Script of a single character, as far as screening cares. */
export type CharScript =
  | "latin"
  | "cyrillic"
  | "greek"
  | "arabic"
  | "hebrew"
  | "hangul"
  | "armenian"
  | "georgian"
  | "kana"
  | "han"
  | "other";

/** Classifies a code point into the scripts the normaliser handles. */
export function charScript(code: number): CharScript {
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) {
    return "latin";
  }
  if (code >= 0x370 && code <= 0x3ff) {
    return "greek";
  }
  if (code >= 0x400 && code <= 0x52f) {
    return "cyrillic";
  }
  if (code >= 0x530 && code <= 0x58f) {
    return "armenian";
  }
  if ((code >= 0x10a0 && code <= 0x10ff) || (code >= 0x1c90 && code <= 0x1cbf)) {
    return "georgian";
  }
  if (code >= 0x590 && code <= 0x5ff) {
    return "hebrew";
  }
  if (
    (code >= 0x600 && code <= 0x6ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  ) {
    return "arabic";
  }
  if (code >= 0xac00 && code <= 0xd7a3) {
    return "hangul";
  }
  if ((code >= 0x3041 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff)) {
    return "kana";
  }
  if (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    code === 0x3005
  ) {
    return "han";
  }
  return "other";
}

/**
 * Transliterates one character of Cyrillic, Greek, Armenian, Georgian, Arabic/Persian, Hebrew or Hangul to lower-case
 * Latin. Returns undefined for characters of other scripts (Latin, kana and Han are handled elsewhere).
 */
export function translitChar(ch: string, script: CharScript): string | undefined {
  switch (script) {
    case "cyrillic":
      return CYRILLIC[ch.toLowerCase()] ?? "";
    case "greek": {
      const bare = ch
        .toLowerCase()
        .normalize("NFD")
        .replace(/\p{Mn}/gu, "");
      return GREEK[bare] ?? "";
    }
    case "arabic":
      return ARABIC[ch] ?? "";
    case "hebrew":
      return HEBREW[ch] ?? "";
    case "armenian":
      return ARMENIAN[ch.toLowerCase()] ?? "";
    case "georgian":
      return GEORGIAN[georgianLower(ch)] ?? "";
    case "hangul":
      return hangulSyllable(ch.codePointAt(0) ?? 0xac00);
    default:
      return undefined;
  }
}
