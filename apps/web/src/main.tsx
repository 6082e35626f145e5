import type { TPartnerList, TSessionResponse } from "@renkei/contract";
import { PARTNER_TYPE_LABELS, RISK_FLAG_LABELS } from "@renkei/domain";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

// A minimal shell (sign-in and partner search) until the full UI lands; it uses only the public API.
let csrf = "";

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { "content-type": "application/json", "x-csrf-token": csrf },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    throw new Error(json?.error?.code ?? String(res.status));
  }
  return json as T;
}

function SignIn({ onSignedIn }: { onSignedIn: (s: TSessionResponse) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const s = await call<TSessionResponse>("POST", "/api/v1/auth/login", { email, password });
          csrf = s.csrfToken;
          onSignedIn(s);
        } catch {
          setError("メールアドレスまたはパスワードが正しくありません");
        }
      }}
    >
      <h1>Renkei 連携 サインイン</h1>
      <label>
        メールアドレス <input value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        パスワード <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit">サインイン</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function Partners() {
  const [q, setQ] = useState("");
  const [list, setList] = useState<TPartnerList | null>(null);
  useEffect(() => {
    call<TPartnerList>("GET", `/api/v1/partners?q=${encodeURIComponent(q)}&pageSize=50`).then(setList, () =>
      setList(null),
    );
  }, [q]);
  return (
    <section>
      <h2>連携先</h2>
      <label>
        検索（日本語・英語・ローマ字・法人番号） <input value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      <p>{list ? `${list.total} 件` : ""}</p>
      <table>
        <tbody>
          {list?.items.map((p) => (
            <tr key={p.id}>
              <td>{p.legalName}</td>
              <td>{p.nameEn}</td>
              <td>{PARTNER_TYPE_LABELS[p.type].ja}</td>
              <td>{p.country}</td>
              <td>{p.riskFlags.map((f) => RISK_FLAG_LABELS[f].ja).join("、")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function App() {
  const [session, setSession] = useState<TSessionResponse | null | undefined>(undefined);
  useEffect(() => {
    call<TSessionResponse>("GET", "/api/v1/auth/session").then(
      (s) => {
        csrf = s.csrfToken;
        setSession(s);
      },
      () => setSession(null),
    );
  }, []);
  if (session === undefined) {
    return <p>読み込み中…</p>;
  }
  if (!session) {
    return <SignIn onSignedIn={setSession} />;
  }
  return (
    <main>
      <header>
        {session.user.institution.nameJa} — {session.user.displayName}{" "}
        <button onClick={() => call("POST", "/api/v1/auth/logout").then(() => setSession(null))}>
          サインアウト
        </button>
      </header>
      <Partners />
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
