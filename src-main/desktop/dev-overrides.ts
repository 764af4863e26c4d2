/**
 * What a developer may point the app at through the environment: the Vite dev server
 * (`ELECTRON_RENDERER_URL`, set by `electron-vite dev`) and another Siigo address
 * (`SIIGO_API_URL`). Invariant: a packaged app honours neither. An installed app trusts its dev
 * server's pages like its own, and sends the access key to the Siigo address, so an environment
 * variable must not be able to change either on a shop's PC.
 */
export interface DevOverrides {
  rendererUrl: string | undefined;
  siigoApiUrl: string | undefined;
}

export function devOverrides(packaged: boolean, env: Readonly<Record<string, string | undefined>>): DevOverrides {
  if (packaged) return { rendererUrl: undefined, siigoApiUrl: undefined };
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  return { rendererUrl: value('ELECTRON_RENDERER_URL'), siigoApiUrl: value('SIIGO_API_URL') };
}
