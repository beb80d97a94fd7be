/** Looks up the server's issue for a path inside the configuration; `within` also takes issues below it. */
export type ErrorAt = (path: string, within?: boolean) => string | undefined;

export function errorLookup(errors: Record<string, string>): ErrorAt {
  return (path, within = false) => {
    const full = `configuration.${path}`;
    if (errors[full]) return errors[full];
    if (!within) return undefined;
    const below = Object.keys(errors).find((p) => p.startsWith(`${full}.`));
    return below ? errors[below] : undefined;
  };
}
