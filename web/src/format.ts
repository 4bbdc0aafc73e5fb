const byteUnits = ["B", "KiB", "MiB", "GiB", "TiB"];

/** Formats a byte count with a binary unit, such as `2.1 KiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${byteUnits[unit]}`;
}

/** Shortens a `sha256:…` content hash to its first 12 hex digits for display. */
export function shortHash(hash: string): string {
  return hash.replace(/^sha256:/, "").slice(0, 12);
}

/** Formats an ISO timestamp in the browser's locale. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString();
}
