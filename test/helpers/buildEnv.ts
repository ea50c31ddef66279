/**
 * The environment for a build the tests run as a user runs it: this process's, without what Vitest
 * adds (`NODE_ENV=test`, `TEST`, `VITEST*`, and Vite's `MODE`, `DEV`, `PROD`, `SSR`, `BASE_URL`, which
 * Astro would read as a development build: every page and file rendered one by one through Astro, not
 * as `npm run build` writes them), with `extra` added.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env))
    if (/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(name)) delete env[name];
  return { ...env, ...extra };
}
