/** The dependency rule of docs/architecture.md as code: domain ← contract ← server / web. */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment:
        "The domain imports nothing but itself, zod and pinyin-pro (pure data); no node: modules, no I/O.",
      severity: "error",
      from: { path: "^packages/domain/src" },
      to: {
        pathNot: ["^packages/domain/src", "node_modules/(zod|pinyin-pro)/"],
      },
    },
    {
      name: "contract-only-domain-and-zod",
      severity: "error",
      from: { path: "^packages/contract/src" },
      to: { pathNot: ["^packages/(contract|domain)/src", "node_modules/zod/"] },
    },
    {
      name: "web-never-imports-server",
      severity: "error",
      from: { path: "^apps/web" },
      to: { path: "^apps/server" },
    },
    {
      name: "nothing-imports-server-but-server-and-e2e",
      severity: "error",
      from: { pathNot: ["^apps/server", "^e2e"] },
      to: { path: "^apps/server" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["\\.test\\.ts$", "/bench/", "node_modules", "/dist/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
